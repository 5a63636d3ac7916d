// The release build itself: what the post-build hook promises, checked on dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const DIST = process.env.DIST ?? 'dist';

test('index.html has no inline script or style, and every integrity hash matches its file', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, 'no inline <script>');
  assert.doesNotMatch(html, /<[^>]+\sstyle=/i, 'no style attribute');
  const checked = [];
  for (const [tag] of html.matchAll(/<[^>]+>/g)) {
    const file = /(?:href|src)="?\.\/([^"\s>]+)/.exec(tag)?.[1];
    const integrity = /integrity="?(sha384-[^"\s>]+)/.exec(tag)?.[1];
    if (!file || !integrity) continue;
    const actual = `sha384-${createHash('sha384').update(await readFile(join(DIST, file))).digest('base64')}`;
    assert.equal(integrity, actual, file);
    checked.push(file.split('.').pop());
  }
  assert.deepEqual([...new Set(checked)].sort(), ['css', 'js', 'wasm']);
});

test('the service worker precaches exactly this build, under a version derived from it', async () => {
  const sw = await readFile(join(DIST, 'sw.js'), 'utf8');
  const buildId = /const BUILD_ID = "([0-9a-f]{16})"/.exec(sw)?.[1];
  assert.ok(buildId, 'a generated build id');
  const precache = JSON.parse(/const PRECACHE = (\[[^\]]*\])/.exec(sw)[1]);
  const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1))
    .filter((f) => f !== 'sw.js' && f !== '_headers');
  assert.deepEqual(precache.slice(1).sort(), files.map((f) => `./${f}`).sort());
  assert.equal(precache[0], './');
});

test("the WASM exports only the app's own functions, not the stream classes Leptos links", async () => {
  const wasm = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(await readFile(join(DIST, wasm))))
    .map((e) => e.name);
  assert.ok(exports.includes('memory'), `a real module: ${exports}`);
  assert.deepEqual(exports.filter((name) => /intounderlying/i.test(name)), []);
});

test('the per-feature stylesheets ship as one file, in import order, named after its bytes', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<link[^>]*href="?\.\/([^"\s>]+\.css)/g)].map((m) => m[1]);
  assert.equal(linked.length, 1, `one stylesheet, not ${linked.join(', ')}`);
  const css = await readFile(join(DIST, linked[0]), 'utf8');
  assert.doesNotMatch(css, /@import/, 'every @import resolved');
  assert.equal(linked[0], `main-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`);
  // A class each feature file defines, in the order style/main.css imports them.
  const main = await readFile('style/main.css', 'utf8');
  const order = [...main.matchAll(/@import "([^"]+)"/g)].map((m) => m[1]);
  let last = -1;
  for (const file of order) {
    const source = await readFile(join('style', file), 'utf8');
    const selector = /^(\.[a-z][a-z-]*)\s*\{/m.exec(source)?.[1] ?? /^@media print/m.exec(source)?.[0];
    assert.ok(selector, `${file} has a top-level class rule`);
    const at = css.indexOf(selector, last + 1);
    assert.ok(at > last, `${file} (${selector}) is in the bundle after the file before it`);
    last = at;
  }
});
