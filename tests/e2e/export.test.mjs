// Download CSV / JSON of the view on screen, made in the browser; and the printed page: the
// events with their sources plus the article, no controls.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const ARTIFACTS = 'tests/e2e/artifacts';
const shared = useSite(DIST);

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

async function download(app, name) {
  const [file] = await Promise.all([
    app.page.waitForEvent('download'),
    app.page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

test('Download CSV and JSON export exactly the events on screen, with sources', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open('?country=EE&kind=legislation,notification,withdrawal');
  const ids = await app.eventIds();
  assert.ok(ids.length >= 3);

  const csv = await download(app, 'Download CSV');
  assert.equal(csv.name, 'ottawa-explorer-events.csv');
  const lines = csv.text.trimEnd().split('\r\n');
  assert.match(lines[0], /^"id \(stable event id, as in \?event= links\)","date \(start date/);
  assert.equal(lines.length, 1 + ids.length, 'a header and one row per event');
  assert.deepEqual(lines.slice(1).map((l) => l.split(',')[0]), ids);
  assert.match(csv.text, /United Nations Treaty Collection: [^<]+<https:\/\/treaties\.un\.org\//);

  const json = await download(app, 'Download JSON');
  assert.equal(json.name, 'ottawa-explorer-events.json');
  const data = JSON.parse(json.text);
  assert.equal(data.view, app.page.url());
  assert.deepEqual(data.events.map((e) => e.id), ids);
  assert.ok(data.events.every((e) => e.sources.length > 0 && e.sources.every((s) => s.url.startsWith('https://'))));
  assert.ok(data.events.every((e) => e.countries.includes('EE')));
  assert.equal(Object.keys(data.columns).length, 10);
});

test('print shows the events with their sources and the article, without controls', async (t) => {
  const app = await open(t, shared.browser, shared.site, { colorScheme: 'dark' });
  await app.open('?country=LV');
  await app.page.emulateMedia({ media: 'print' });
  const shown = (selector) => app.page.evaluate((s) => [...document.querySelectorAll(s)]
    .some((el) => getComputedStyle(el).display !== 'none'), selector);
  for (const control of ['.filters', '.export', '.embed-dialog', '.order-toggle']) {
    assert.equal(await shown(control), false, `${control} hidden in print`);
  }
  for (const content of ['article p#p1', 'li[data-event-id]', '.event-sources a']) {
    assert.equal(await shown(content), true, `${content} printed`);
  }
  // Source links print their address; dark screens print dark on white.
  const after = await app.page.evaluate(() => getComputedStyle(document.querySelector('.event-sources a'), '::after').content);
  assert.match(after, /attr\(href\)|https:/);
  const ink = await app.page.evaluate(() => getComputedStyle(document.querySelector('.event')).color);
  assert.equal(ink, 'rgb(0, 0, 0)');

  const pdf = await app.page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000, `${pdf.length} bytes of PDF`);
  await writeFile(`${ARTIFACTS}/print.pdf`, pdf);
  // A picture of the first pages, where poppler is installed (not needed for the test).
  await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', `${ARTIFACTS}/print.pdf`, `${ARTIFACTS}/print`])
    .catch(() => {});
});
