// The README's way to change the map: `node scripts/map.mjs` regenerates src/data/map.tsv from
// the npm packages, byte for byte, so the committed file is exactly what the script makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('node scripts/map.mjs reproduces src/data/map.tsv exactly', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'map-'));
  t.after(() => rmSync(dir, { recursive: true }));
  const output = join(dir, 'map.tsv');
  execFileSync('node', ['scripts/map.mjs', output], { stdio: 'pipe' });
  assert.ok(readFileSync(output).equals(readFileSync('src/data/map.tsv')), 'regenerated map differs from the committed one');
});
