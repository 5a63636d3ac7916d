// Trunk post_build hook (see Trunk.toml). Runs on the staged dist/ after wasm-bindgen, so what
// it writes is what ships. It:
// 0. in release builds, optimizes the WASM in one wasm-opt pass (Trunk runs none), dropping
//    on the way the stream classes that Leptos always links but this app never uses;
// 1. moves Trunk's inline WASM loader into a hashed file with a subresource-integrity hash,
//    so index.html needs no 'unsafe-inline' under the Content Security Policy;
// 1b. bundles the per-feature stylesheets that style/main.css imports into one file;
// 2. refuses to finish if any inline script or style attribute is left;
// 3. minifies the JavaScript (wasm-bindgen's glue and our small scripts), which Trunk's own
//    minifier cannot parse, and refreshes the subresource-integrity hashes that cover it;
// 4. writes the service worker's file list and a build id hashed from every file's bytes.
// Steps 0 and 1 work around upstream gaps; delete them when these are fixed:
// - step 1: Trunk writes its loader inline and offers only a build-time nonce, which a static
//   host cannot renew per request (trunk-rs/trunk#288, #853);
// - step 0: leptos enables server_fn's `browser` feature in every build (leptos/Cargo.toml),
//   which links wasm-streams, whose `IntoUnderlying*` classes are `#[wasm_bindgen]` exports;
//   MattiasBuelens/wasm-streams#39 would make them plain imports instead.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from 'lightningcss';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run through trunk build');
  process.exit(1);
}

const sha = (algorithm, bytes) => createHash(algorithm).update(bytes).digest();

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? listFiles(path) : [path];
    }),
  );
  return nested.flat();
}

const release = process.env.TRUNK_PROFILE === 'release';
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

// 0. One pass of wasm-opt -Oz. Leptos turns on server_fn's `browser` feature unconditionally,
// and with it wasm-streams, whose three #[wasm_bindgen] classes (IntoUnderlyingSource, …Sink,
// …ByteSource) are exported from every build. A client-side app never streams a server
// function, but wasm-opt must keep whatever an export reaches: about 1.4 KB of the gzipped
// first render (benches/README.md). Passes run in the order given, so the exports go first and
// -Oz then drops what only they reached. wasm-bindgen's JS keeps the unused classes, which would
// only call into the WASM if constructed. wasm-opt reads the features to allow from the
// module's own target_features section. One pass instead of Trunk's -Oz plus a second one here
// saves 5 s a build at the same size (168,270 B gzip -9 against 168,269; brotli 20 B smaller;
// benches/README.md).
if (release) {
  const wasmOpt = pinnedWasmOpt();
  for (const file of (await readdir(staging)).filter((name) => name.endsWith('_bg.wasm'))) {
    const path = join(staging, file);
    execFileSync(wasmOpt, [path, '-o', path, '--remove-exports', '--pass-arg=remove-exports@*intounderlying*', '-Oz'],
      { stdio: 'inherit' });
  }
}

/** binaryen's wasm-opt at the version package.json pins (Debian's 108 breaks the app). */
function pinnedWasmOpt() {
  const pinned = /^(\d+)\./.exec(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).devDependencies.binaryen)[1];
  const local = join(projectRoot, 'node_modules', '.bin', 'wasm-opt');
  const wasmOpt = existsSync(local) ? local : 'wasm-opt';
  const version = execFileSync(wasmOpt, ['--version'], { encoding: 'utf8' });
  if (!new RegExp(`version[ _]${pinned}\\b`).test(version)) {
    console.error(`postbuild: need wasm-opt from binaryen ${pinned} (npm ci), found: ${version.trim()}`);
    process.exit(1);
  }
  return wasmOpt;
}

// 1. The loader, out of index.html.
const indexPath = join(staging, 'index.html');
let html = await readFile(indexPath, 'utf8');
// Quoted or, after Trunk's HTML minifier, unquoted.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/.exec(html);
if (inline) {
  const code = inline[1].trim() + '\n';
  const name = `loader-${sha('sha256', code).toString('hex').slice(0, 16)}.js`;
  await writeFile(join(staging, name), code);
  const integrity = `sha384-${sha('sha384', code).toString('base64')}`;
  html = html.replace(inline[0], `<script type="module" src="./${name}" integrity="${integrity}"></script>`);
}

// 1b. One stylesheet. Trunk copies style/main.css as it is, @imports and all; lightningcss
// inlines the files it imports, in order (the cascade is the same as one long file's), and
// minifies them in release builds. The bundle is named after its own bytes, so a change in any
// part reaches every cache; step 3 refreshes its integrity hash. One file instead of eleven
// saves about 2.9 kB of gzip (each file would be compressed alone).
const stylesheet = /<link[^>]*href="?\.\/(main-[0-9a-f]+\.css)"?[^>]*>/.exec(html);
if (!stylesheet) {
  console.error('postbuild: index.html links no main-*.css (style/main.css in index.html)');
  process.exit(1);
}
let css;
try {
  ({ code: css } = bundle({ filename: join(projectRoot, 'style', 'main.css'), minify: release }));
} catch (error) {
  const where = error.fileName ? ` in ${relative(projectRoot, error.fileName)}:${error.loc?.line}` : '';
  console.error(`postbuild: the stylesheets do not parse${where}: ${error.message}`);
  process.exit(1);
}
const cssName = `main-${sha('sha256', css).toString('hex').slice(0, 16)}.css`;
await rm(join(staging, stylesheet[1]));
await writeFile(join(staging, cssName), css);
html = html.replace(stylesheet[0], stylesheet[0].replace(stylesheet[1], cssName));

// 2. Nothing inline may remain.
const inlineCode = [
  /<script(?![^>]*\ssrc=)[^>]*>/i, // a script without a src
  /<style[\s>]/i, // a style element
  /<[^>]+\sstyle=/i, // a style attribute
  /<[^>]+\son[a-z]+=/i, // an event-handler attribute
  /javascript:/i, // a javascript: URL
]
  .map((pattern) => pattern.exec(html))
  .find(Boolean);
if (inlineCode) {
  console.error(`postbuild: index.html still has inline code: ${inlineCode[0]}`);
  process.exit(1);
}
await writeFile(indexPath, html);

// 3. Smaller JavaScript, then integrity hashes that match the final bytes (the WASM's too).
for (const file of await readdir(staging)) {
  if (!release || !file.endsWith('.js') || file === 'sw.js') continue;
  const path = join(staging, file);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  await writeFile(path, code);
}
for (const match of html.matchAll(/<[^>]+>/g)) {
  const tag = match[0];
  const file = /(?:href|src)="?\.\/([^"\s>]+)/.exec(tag)?.[1];
  // Attributes may be quoted or, after the HTML minifier, bare.
  if (!file || !/integrity="?sha384-/.test(tag)) continue;
  const fresh = `sha384-${sha('sha384', await readFile(join(staging, file))).toString('base64')}`;
  html = html.replace(tag, tag.replace(/integrity="?sha384-[^"\s>]+"?/, `integrity="${fresh}"`));
}
await writeFile(indexPath, html);

// 4. The service worker: precache every file of this build, versioned by their content.
const files = (await listFiles(staging))
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((path) => path !== 'sw.js' && path !== '_headers')
  .sort();
const hash = createHash('sha256');
for (const file of files) {
  hash.update(file).update('\0').update(sha('sha256', await readFile(join(staging, file)))).update('\0');
}
const buildId = hash.digest('hex').slice(0, 16);
const precache = ['./', ...files.map((file) => `./${file}`)];
const swPath = join(staging, 'sw.js');
const sw = await readFile(swPath, 'utf8');
if (!sw.includes('__BUILD_ID__') || !sw.includes('__PRECACHE__')) {
  console.error('postbuild: sw.js has no placeholders to fill');
  process.exit(1);
}
await writeFile(
  swPath,
  sw.replace("'__BUILD_ID__'", JSON.stringify(buildId)).replace('__PRECACHE__', JSON.stringify(precache)),
);
console.log(`postbuild: build ${buildId}, ${precache.length} URLs precached, loader moved to a file`);
