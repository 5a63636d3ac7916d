// Embedded in a news page on another origin, through pym.js's own parent script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { serve } from '../../scripts/static-server.mjs';
import { launch } from './browser.mjs';
import { openExplorer } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
let site, host, browser;

/** A stand-in news site: an article with a link and the app placed by pym.js. */
async function startHost(appUrl) {
  const pym = await readFile('node_modules/pym.js/dist/pym.v1.min.js');
  const page = `<!doctype html><html><head><title>Host</title></head><body>
<h1>News article</h1><p><a id="host-link" href="/other.html">Read more news</a></p>
<div id="graphic"></div>
<script src="/pym.v1.min.js"></script>
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push(e.data));
  new pym.Parent('graphic', ${JSON.stringify(appUrl)}, { title: 'Timeline' });
</script></body></html>`;
  const server = createServer((req, res) => {
    if (req.url === '/pym.v1.min.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(pym);
    else if (req.url === '/other.html') res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Other page</p>');
    else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

before(async () => {
  site = await serve(DIST);
  host = await startHost(`${site.url}?embed=1&country=EE,LV,LT`);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

const jsonHeights = (page) =>
  page.evaluate(() => window.received.filter((m) => m && m.type === 'ottawa-explorer:height').map((m) => m.height));
const pymHeights = (page) =>
  page.evaluate(() => window.received.filter((m) => typeof m === 'string' && m.startsWith('pymxPYMxgraphicxPYMxheightxPYMx')));

test('a pym.js host receives both height messages and resizes the iframe with the width', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(host.url);
  const frame = page.frameLocator('#graphic iframe');
  await frame.getByRole('status').waitFor();
  await page.waitForFunction(() => window.received.some((m) => m && m.type === 'ottawa-explorer:height'));
  await page.waitForFunction(() => window.received.some((m) => typeof m === 'string' && m.includes('xPYMxheightxPYMx')));
  const wide = (await jsonHeights(page)).at(-1);
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/artifacts/embed-host-1280.png', fullPage: true });
  assert.ok(wide >= 250 && wide <= 900, `embed height ${wide}px stays compact`);
  assert.equal((await pymHeights(page)).at(-1), `pymxPYMxgraphicxPYMxheightxPYMx${wide}`);
  const iframe = page.locator('#graphic iframe');
  await page.waitForFunction((h) => document.querySelector('#graphic iframe').getAttribute('height') === `${h}px`, wide);

  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction((h) => {
    const heights = window.received.filter((m) => m && m.type === 'ottawa-explorer:height');
    return heights.length && heights.at(-1).height !== h;
  }, wide);
  const narrow = (await jsonHeights(page)).at(-1);
  await page.waitForFunction((h) => document.querySelector('#graphic iframe').getAttribute('height') === `${h}px`, narrow);
  assert.notEqual(narrow, wide);
  assert.equal(Math.round((await iframe.boundingBox()).height), narrow);
  await mkdir('tests/e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/artifacts/embed-host-375.png', fullPage: true });

  // The host's own links still work normally.
  await page.locator('#host-link').click();
  await page.waitForURL(`${host.url}other.html`);
  assert.deepEqual(errors, []);
});

test('the embed layout: timeline first, article behind a tab, links open new tabs', async (t) => {
  const app = await openExplorer(t, browser, site, { width: 600, height: 700 });
  await app.open('?embed=1&country=FI');
  assert.equal(await app.page.locator('.masthead').count(), 0, 'no page chrome');
  assert.equal(await app.page.getByRole('article').isVisible(), false);
  assert.ok(await app.timeline.isVisible());
  assert.equal(await app.page.getByRole('group', { name: 'Country' }).isVisible(), false, 'filters folded');
  const open = app.page.getByRole('link', { name: 'Open full explorer' });
  assert.equal(await open.getAttribute('href'), `${app.baseUrl}?country=FI`);
  for (const link of await app.page.locator('a[target]').all()) {
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  }
  // Filtering inside a frame replaces history instead of adding host Back steps.
  const before = await app.page.evaluate(() => history.length);
  await app.page.getByText('Filters', { exact: true }).click();
  await app.kindBox('Withdrawal takes effect').check();
  await app.page.waitForURL(/kind=withdrawal/);
  assert.equal(await app.page.evaluate(() => history.length), before);
  await app.page.getByRole('button', { name: 'Article' }).click();
  await app.page.getByRole('article').waitFor();
  assert.equal(await app.timeline.isVisible(), false);
});

test('the full app offers embed code for exactly the current view', async (t) => {
  const app = await openExplorer(t, browser, site);
  await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  await app.open('?country=PL&kind=legislation');
  await app.page.getByText('Embed this view').click();
  const code = await app.page.getByLabel(/Paste this into your page/).inputValue();
  assert.match(code, new RegExp(`^<iframe src="${site.url}\\?country=PL&amp;kind=legislation&amp;embed=1"`));
  assert.match(code, /loading="lazy"/);
  assert.match(code, /title="[^"]+"/);
  assert.match(code, /ottawa-explorer:height/);
  await app.page.getByRole('button', { name: 'Copy embed code' }).click();
  await app.page.getByText('Copied.').waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), code);
});
