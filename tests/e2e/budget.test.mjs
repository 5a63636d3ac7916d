// First-load size budget: every file the first visit downloads, compressed as a server would.
// Deterministic, so it is a test (speed is measured by benchmarks, never here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const DIST = process.env.DIST ?? 'dist';
/** Issue #2's ceiling for HTML + JS + WASM + CSS, gzip -9. The goal is 76 KB. */
export const BUDGET_GZIP_BYTES = 130 * 1024;

export async function firstLoadSizes(dist = DIST) {
  const files = (await readdir(dist)).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  const rows = [];
  for (const name of files) {
    const body = await readFile(join(dist, name));
    rows.push({
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

test(`first load stays under ${BUDGET_GZIP_BYTES / 1024} KB gzip`, async () => {
  const rows = await firstLoadSizes();
  const kinds = rows.map((r) => r.name.split('.').pop()).sort();
  assert.deepEqual([...new Set(kinds)], ['css', 'html', 'js', 'wasm'], 'dist/ holds every first-load file kind');
  const total = (key) => rows.reduce((sum, r) => sum + r[key], 0);
  console.table([...rows, { name: 'TOTAL', raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') }]);
  assert.ok(total('gzip') <= BUDGET_GZIP_BYTES, `first load is ${total('gzip')} B gzip, over ${BUDGET_GZIP_BYTES} B`);
});
