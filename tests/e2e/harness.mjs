// Shared set-up for the journeys: one browser, and pages that fail their test on any console
// error, uncaught exception, CSP violation or request leaving the page's origin.
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { ExplorerPage } from './explorer.page.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { launch } from './browser.mjs';

/**
 * Serves the build in `root` and launches Chromium for the tests of one file, and closes both
 * after them. The returned object's `site` and `browser` are set once the tests start.
 */
export function useSite(root) {
  const shared = {};
  before(async () => {
    shared.site = await serve(root);
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.site?.close();
  });
  return shared;
}

/**
 * Opens a fresh context on `site`. Everything that goes wrong is collected and checked when
 * the test ends, so each journey also proves the page stayed clean.
 */
export async function openExplorer(t, browser, site, { width = 1280, height = 900, colorScheme = 'light', serviceWorkers = 'block' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  page.on('pageerror', (err) => problems.push(`exception: ${err}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site.origin) && !/^(data|blob):/.test(url)) problems.push(`left the origin: ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  t.after(async () => {
    await context.close();
    assert.deepEqual(problems, [], 'the page stayed clean');
  });
  return new ExplorerPage(page, site.url);
}
