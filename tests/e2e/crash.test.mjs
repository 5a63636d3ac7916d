// If the app dies (a Rust panic aborts the WebAssembly in a release build), the reader sees a
// plain message and a way back, not a frozen page. Uses the benchmark build, whose
// `?panic=1` panics on purpose after the app has mounted (feature test-hooks).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './harness.mjs';

const BENCH_DIST = process.env.BENCH_DIST ?? 'target/bench-dist';
const shared = useSite(BENCH_DIST);

test('a panic shows a friendly message with a link that resets the filters', async (t) => {
  const context = await shared.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${shared.site.url}?embed=1&country=FI&kind=treaty&panic=1`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /something went wrong/i);
  // The app's root is gone; nothing half-dead stays on screen.
  assert.equal(await page.locator('#ottawa-explorer').count(), 0);
  assert.ok(errors.some((e) => /unreachable|RuntimeError/i.test(e)), `the trap was real: ${errors}`);

  const reset = alert.getByRole('link', { name: /reset filters/i });
  assert.equal(await reset.getAttribute('href'), '/?embed=1', 'filters dropped, the embed kept');
  await reset.click();
  await page.getByRole('status').waitFor();
  assert.match(await page.getByRole('status').textContent(), /Showing all \d+ events/);
  assert.equal(await page.locator('.crash').count(), 0);
});

test('an app that cannot start (its WebAssembly fails to load) says so instead of a blank page', async (t) => {
  const context = await shared.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  // As a dropped connection or a tab out of memory would: the module never arrives.
  await page.route(/\.wasm$/, (route) => route.abort('connectionreset'));
  await page.goto(`${shared.site.url}?country=FI`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /something went wrong/i);
  assert.equal(await alert.getByRole('link', { name: /reset filters/i }).getAttribute('href'), '/');

  await page.unroute(/\.wasm$/);
  await alert.getByRole('link', { name: /reset filters/i }).click();
  await page.getByRole('status').waitFor();
  assert.equal(await page.locator('.crash').count(), 0);
});

test('without ?panic=1 the benchmark build does not crash', async (t) => {
  const context = await shared.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(`${shared.site.url}?panic=0`);
  await page.getByRole('status').waitFor();
  await page.waitForTimeout(200);
  assert.equal(await page.locator('.crash').count(), 0);
});
