// The overview histogram above the timeline: its bars follow every filter but the dates, and a
// drag (mouse or touch), a click or the keyboard picks years: brush → URL → filtered list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const shared = useSite(DIST);

function histogramOf(app) {
  return app.page.getByRole('listbox', { name: /^Years 1996–2026/ });
}

/** The centre of year `year`'s column, in page coordinates. */
async function columnCentre(histogram, year) {
  const box = await histogram.boundingBox();
  const years = await histogram.getByRole('option').count();
  const index = year - 1996;
  return { x: box.x + ((index + 0.5) * box.width) / years, y: box.y + box.height / 2 };
}

/** Each year's event count, read from the options' accessible names. */
async function barTotals(histogram) {
  const labels = await histogram.getByRole('option').evaluateAll((options) => options.map((o) => o.getAttribute('aria-label')));
  return Object.fromEntries(labels.map((label) => {
    const [, year, count] = label.match(/^(\d{4}): (\d+) events?/);
    return [year, Number(count)];
  }));
}

/** The years of the cards on screen. */
async function listedYears(app) {
  return app.events.evaluateAll((items) => [...new Set(items.map((li) => Number(li.querySelector('time').getAttribute('datetime').slice(0, 4))))]);
}

test('the bars count every event by year, follow the other filters and ignore the dates', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const histogram = histogramOf(app);
  assert.equal(await histogram.getByRole('option').count(), 31, 'one option per year, 1996–2026');
  const all = await barTotals(histogram);
  assert.equal(Object.values(all).reduce((a, b) => a + b), await app.totalCount());
  const total = await app.totalCount();
  assert.match(await app.page.locator('.histogram-readout').textContent(), new RegExp(`^Events per year: ${total} events from 1996 to 2026; the most, \\d+, in \\d{4}\\.$`));

  // Estonia only: the bars shrink to Estonia's events, whatever the date range says.
  await app.open('?country=EE');
  const estonia = await barTotals(histogram);
  assert.equal(Object.values(estonia).reduce((a, b) => a + b), await app.shownCount());
  assert.ok(estonia['2004'] >= 1, 'Estonia joined in 2004');
  await app.open('?country=EE&from=2025&to=2025');
  assert.deepEqual(await barTotals(histogram), estonia, 'the date range does not change the bars');
  assert.deepEqual(await histogram.locator('[aria-selected=true]').evaluateAll((o) => o.map((x) => x.id)), ['histogram-year-2025']);
});

test('dragging across the bars picks those years: the URL and the list follow', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open('?q=treaty');
  const histogram = histogramOf(app);
  await histogram.scrollIntoViewIfNeeded();
  const start = await columnCentre(histogram, 2020);
  const end = await columnCentre(histogram, 2024);
  await app.page.mouse.move(start.x, start.y);
  await app.page.mouse.down();
  await app.page.mouse.move(end.x, end.y, { steps: 6 });
  // While dragging, the range shows but nothing is applied yet.
  assert.equal(await histogram.locator('[aria-selected=true]').count(), 5);
  assert.equal(app.query(), '?q=treaty');
  await app.page.mouse.up();
  await app.page.waitForURL((u) => u.search === '?q=treaty&from=2020&to=2024');
  const years = await listedYears(app);
  assert.ok(years.length > 0 && years.every((y) => y >= 2020 && y <= 2024), `listed years ${years}`);
  assert.equal(await app.shownCount(), Object.entries(await barTotals(histogram))
    .filter(([year]) => year >= 2020 && year <= 2024).reduce((sum, [, n]) => sum + n, 0));
  // The date fields say the same.
  await app.openFacets();
  assert.equal(await app.page.getByLabel('From', { exact: true }).inputValue(), '2020');
  assert.equal(await app.page.getByLabel('To', { exact: true }).inputValue(), '2024');
});

test('a click picks one year, a second click clears it', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const histogram = histogramOf(app);
  const bar = await columnCentre(histogram, 2025);
  await app.page.mouse.click(bar.x, bar.y);
  await app.page.waitForURL((u) => u.search === '?from=2025&to=2025');
  assert.deepEqual(await listedYears(app), [2025]);
  assert.match(await app.page.locator('.histogram-readout').textContent(), /^2025: \d+ events: /);
  await app.page.mouse.click(bar.x, bar.y);
  await app.page.waitForURL((u) => u.search === '');
  assert.equal(await app.shownCount(), await app.totalCount());
});

test('a finger dragging sideways picks years on a phone', async (t) => {
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(shared.site.url);
  const histogram = page.getByRole('listbox', { name: /^Years 1996–2026/ });
  await histogram.scrollIntoViewIfNeeded();
  const start = await columnCentre(histogram, 2025);
  const end = await columnCentre(histogram, 2026);
  // Real touch input through the DevTools protocol: Chromium turns it into pointer events.
  const cdp = await context.newCDPSession(page);
  const touch = (type, { x, y }) => cdp.send('Input.dispatchTouchEvent', {
    type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
  });
  await touch('touchStart', start);
  for (let i = 1; i <= 5; i++) {
    await touch('touchMove', { x: start.x + ((end.x - start.x) * i) / 5, y: start.y });
  }
  await touch('touchEnd', end);
  await page.waitForURL((u) => u.search === '?from=2025&to=2026');
  await page.getByRole('status').waitFor();
  // Fewer than all: the range of years applies.
  const [shown, of] = (await page.getByRole('status').textContent()).match(/Showing (\d+) of (\d+) events/).slice(1).map(Number);
  assert.ok(shown > 0 && shown < of, `${shown} of ${of}`);
  assert.deepEqual(errors, []);
});

test('by keyboard: arrows move, Enter picks a year, Shift+arrows a range, Escape clears', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const histogram = histogramOf(app);
  await histogram.focus();
  await app.page.keyboard.press('End');
  assert.equal(await histogram.getAttribute('aria-activedescendant'), 'histogram-year-2026');
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await histogram.getAttribute('aria-activedescendant'), 'histogram-year-2025');
  assert.equal(app.query(), '', 'moving selects nothing');
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL((u) => u.search === '?from=2025&to=2025');
  await app.page.keyboard.press('Shift+ArrowLeft');
  await app.page.waitForURL((u) => u.search === '?from=2024&to=2025');
  await app.page.keyboard.press('Shift+ArrowLeft');
  await app.page.waitForURL((u) => u.search === '?from=2023&to=2025');
  const years = await listedYears(app);
  assert.ok(years.length > 0 && years.every((y) => y >= 2023 && y <= 2025), `listed years ${years}`);
  assert.equal(await histogram.locator('[aria-selected=true]').count(), 3);
  await app.page.keyboard.press('Escape');
  await app.page.waitForURL((u) => u.search === '');
  assert.equal(await histogram.locator('[aria-selected=true]').count(), 0);
  // Focus stayed on the chart all along.
  assert.equal(await app.page.evaluate(() => document.activeElement.getAttribute('role')), 'listbox');
});
