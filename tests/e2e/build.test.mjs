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
