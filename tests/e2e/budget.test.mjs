// First-load size budget: every file the first visit downloads, compressed as a server would.
// Deterministic, so it is a test (speed is measured by benchmarks, never here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
/**
 * The ceiling for what the page needs to render (HTML + JS + WASM + CSS), gzip -9, set just
 * above what the build measures. Each feature's cost in bytes, and why the goal of 76 KB is
 * out of reach on this stack, are in benches/README.md ("First-load size, step by step").
 */
const BUDGET_GZIP_BYTES = 201 * 1024;

async function sizes(dir) {
  const rows = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '_headers') continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const body = await readFile(path);
    rows.push({
      name: relative(dir, path),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

const total = (rows, key) => rows.reduce((sum, r) => sum + r[key], 0);
const withTotal = (rows, label) => [...rows, { name: label, raw: total(rows, 'raw'), gzip: total(rows, 'gzip'), brotli: total(rows, 'brotli') }];

test(`the first render stays under ${BUDGET_GZIP_BYTES / 1024} KB gzip`, async () => {
  const rows = await sizes(DIST);
  const render = rows.filter((r) => /\.(html|js|wasm|css)$/.test(r.name) && r.name !== 'sw.js');
  const kinds = new Set(render.map((r) => r.name.split('.').pop()));
  assert.deepEqual([...kinds].sort(), ['css', 'html', 'js', 'wasm'], 'every first-load file kind is counted');
  console.table(withTotal(render, 'FIRST RENDER'));
  // The service worker then precaches the icons and manifest for offline use.
  const offline = rows.filter((r) => !render.includes(r));
  console.table(withTotal(offline, 'ADDED FOR OFFLINE AND INSTALL'));
  assert.ok(total(render, 'gzip') <= BUDGET_GZIP_BYTES, `first render is ${total(render, 'gzip')} B gzip, over ${BUDGET_GZIP_BYTES} B`);
});
