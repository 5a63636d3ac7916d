// Offline after the first visit, and atomic updates between two builds.
// Needs two builds: dist/ (A) and target/e2e/build-b (B, built with OTTAWA_BUILD_LABEL set);
// scripts/test.sh makes both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { launch } from './browser.mjs';
import { openExplorer } from './harness.mjs';

const BUILD_A = process.env.DIST ?? 'dist';
const BUILD_B = process.env.DIST_B ?? 'target/e2e/build-b';
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

async function waitForController(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

/** The hashed files (app code and styles) the page has loaded so far. */
async function loadedAssets(page) {
  const names = await page.evaluate(() => [
    location.pathname,
    ...performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  ]);
  return names.map((p) => p.split('/').pop()).filter((name) => /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(name));
}

const filesOf = async (dir) => new Set(await readdir(dir));
const buildIdOf = async (dir) => /const BUILD_ID = "([0-9a-f]+)"/.exec(await readFile(join(dir, 'sw.js'), 'utf8'))[1];

test('after one visit the app loads and filters offline, deep links included', async (t) => {
  const site = await serve(BUILD_A);
  const app = await openExplorer(t, browser, site, { serviceWorkers: 'allow' });
  await app.open();
  await waitForController(app.page);
  // No network at all: the browser is offline and the server is gone, so nothing can be
  // fetched, not even by the service worker.
  await app.page.context().setOffline(true);
  await site.close();
  await app.open('?country=FI');
  assert.equal(await app.countryBox('Finland').isChecked(), true);
  const finland = await app.shownCount();
  assert.ok(finland >= 8);
  await app.kindBox('Withdrawal takes effect').check();
  await app.page.waitForURL(/country=FI&kind=withdrawal/);
  assert.equal(await app.shownCount(), 1);
});

test('a new build waits for the reader, then replaces the old one whole', async (t) => {
  const [filesA, filesB] = [await filesOf(BUILD_A), await filesOf(BUILD_B)];
  const [idA, idB] = [await buildIdOf(BUILD_A), await buildIdOf(BUILD_B)];
  assert.notEqual(idA, idB, 'the two builds differ');
  const deploy = await mkdtemp(join(tmpdir(), 'ottawa-deploy-'));
  await cp(BUILD_A, deploy, { recursive: true });
  const site = await serve(deploy);
  t.after(async () => {
    await site.close();
    await rm(deploy, { recursive: true, force: true });
  });
  const app = await openExplorer(t, browser, site, { serviceWorkers: 'allow' });
  await app.open('?country=EE');
  await waitForController(app.page);
  const firstLoad = await loadedAssets(app.page);
  assert.ok(firstLoad.length >= 3 && firstLoad.every((f) => filesA.has(f)), `A only: ${firstLoad}`);

  // Deploy B: the next visit finds the new worker, which waits and offers itself.
  await rm(deploy, { recursive: true, force: true });
  await cp(BUILD_B, deploy, { recursive: true });
  await app.page.reload();
  await app.ready();
  const notice = app.page.locator('.update-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /New version available/);
  const stillA = await loadedAssets(app.page);
  assert.ok(stillA.length >= 3 && stillA.every((f) => filesA.has(f)), `still A while B waits: ${stillA}`);
  assert.equal(await app.page.locator('.build-label').count(), 0);

  // Reload from the notice: B takes over and the page is B's, with nothing of A.
  await Promise.all([
    app.page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await app.ready();
  await app.page.locator('.build-label').waitFor();
  assert.match(await app.page.locator('.build-label').textContent(), /update-test/);
  const afterUpdate = await loadedAssets(app.page);
  assert.ok(afterUpdate.length >= 3 && afterUpdate.every((f) => filesB.has(f)), `B only: ${afterUpdate}`);
  assert.equal(app.query(), '?country=EE', 'the view survives the update');
  const caches = await app.page.evaluate(() => caches.keys());
  assert.deepEqual(caches, [`ottawa-explorer-${idB}`], 'old caches deleted');
});

test('the app is installable: manifest and icons are served and well formed', async (t) => {
  const site = await serve(BUILD_A);
  t.after(() => site.close());
  const app = await openExplorer(t, browser, site);
  await app.open();
  const href = await app.page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await app.page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.name && manifest.short_name && manifest.start_url);
  assert.ok(manifest.theme_color && manifest.background_color);
  const sizes = manifest.icons.map((i) => `${i.sizes} ${i.type}`).sort();
  assert.deepEqual(sizes, ['192x192 image/png', '512x512 image/png', 'any image/svg+xml']);
  for (const icon of manifest.icons) {
    const { ok, type } = await app.page.evaluate(async (src) => {
      const r = await fetch(src);
      return { ok: r.ok, type: r.headers.get('content-type') };
    }, icon.src);
    assert.ok(ok && type === icon.type, `${icon.src}: ${type}`);
  }
});
