// End-to-end journeys in headless Debian Chromium against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { serve } from '../../scripts/static-server.mjs';
import { launch } from './browser.mjs';
import { openExplorer as open } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const ARTIFACTS = 'tests/e2e/artifacts';
let site, browser;

before(async () => {
  site = await serve(DIST);
  browser = await launch();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const openExplorer = (t, options) => open(t, browser, site, options);

test('renders the article verbatim beside the full timeline', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const [headline, ...paragraphs] = (await readFile('src/data/article.txt', 'utf8')).split('\n').filter((l) => l.trim());
  const article = app.page.getByRole('article', { name: headline });
  await article.waitFor();
  assert.equal(paragraphs.length, 10);
  for (const [i, text] of paragraphs.entries()) {
    // Verbatim apart from the markers of editor's notes, the one element notes add.
    const authorText = await article.locator(`p#p${i + 1}`).evaluate((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll('.note-ref').forEach((marker) => marker.remove());
      return copy.textContent;
    });
    assert.equal(authorText, text.trim(), `p${i + 1} verbatim`);
  }
  const total = await app.totalCount();
  assert.ok(total >= 380, `expected at least 380 events, got ${total}`);
  assert.match(await app.status.textContent(), new RegExp(`${total} events`));
  // The list is windowed: the cards near the viewport are in the page, the rest stand by.
  const inPage = await app.events.count();
  assert.ok(inPage > 0 && inPage < total, `${inPage} of ${total} cards in the page`);
  // Printing renders every card, and the window comes back afterwards.
  await app.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await app.page.waitForFunction((n) => document.querySelectorAll('li[data-event-id]').length === n, total);
  await app.page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await app.page.waitForFunction((n) => document.querySelectorAll('li[data-event-id]').length < n, total);
  // Each event has a <time> in its own precision and a heading.
  const first = app.events.first();
  assert.match(await first.locator('time').first().getAttribute('datetime'), /^\d{4}(-\d{2}(-\d{2})?)?$/);
  assert.equal(await first.getByRole('heading').count(), 1);
});

test('search is case- and diacritic-insensitive and lives in the URL', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const total = await app.totalCount();
  await app.search.fill('TURKIYE');
  await app.page.waitForFunction(() => document.querySelectorAll('li[data-event-id]').length < 50);
  const ids = await app.eventIds();
  // Türkiye acceded without signing; it is found through its country name's folded form.
  assert.ok(ids.includes('join-tr'), ids.join());
  // The list follows each keystroke; the URL follows once typing pauses.
  await app.page.waitForURL((u) => u.search === '?q=TURKIYE');
  assert.equal(await app.shownCount(), ids.length);
  assert.match(await app.status.textContent(), new RegExp(`Showing ${ids.length} of ${total} events`));
});

test('typing a search is one history step, however many keys', async (t) => {
  const app = await openExplorer(t);
  await app.open('?country=LV');
  await app.search.pressSequentially('saeima vote', { delay: 40 });
  await app.page.waitForURL(/q=saeima\+vote/);
  await app.page.goBack();
  await app.page.waitForURL((u) => u.search === '?country=LV');
  assert.equal(await app.search.inputValue(), '');
});

test('country and kind facets combine (AND) and show counts', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  await app.openFacets();
  await app.countryBox('Finland').check();
  await app.page.waitForURL(/country=FI/);
  const finland = await app.eventIds();
  assert.ok(finland.length >= 8, `Finland has ${finland.length} events`);
  await app.kindBox('Withdrawal takes effect').check();
  await app.page.waitForURL(/kind=withdrawal/);
  const ids = await app.eventIds();
  assert.equal(ids.length, 1);
  assert.equal(await app.events.first().getAttribute('data-kind'), 'withdrawal');
  assert.match(await app.events.first().locator('time').first().getAttribute('datetime'), /^2026-01-10$/);
  assert.equal(app.query(), '?country=FI&kind=withdrawal');
  // Adding a second country is OR within the facet.
  await app.countryBox('Estonia').check();
  await app.page.waitForURL(/country=EE,FI/);
  assert.equal((await app.eventIds()).length, 2);
});

test('a date range keeps only events that overlap it', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  await app.openFacets();
  await app.page.getByLabel('From', { exact: true }).fill('2025-06');
  await app.page.getByLabel('From', { exact: true }).press('Enter');
  await app.page.getByLabel('To', { exact: true }).fill('2025-06');
  await app.page.getByLabel('To', { exact: true }).press('Enter');
  await app.page.waitForURL(/from=2025-06&to=2025-06/);
  const dates = await app.events.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.ok(dates.length > 3);
  for (const d of dates) assert.ok(d.startsWith('2025-06') || d === '2025', d);
  // An impossible date is explained and not applied.
  await app.page.getByLabel('To', { exact: true }).fill('2025-02-30');
  await app.page.getByLabel('To', { exact: true }).press('Enter');
  await app.page.getByText('Use YYYY, YYYY-MM or YYYY-MM-DD').waitFor();
  assert.match(app.query(), /to=2025-06/);
  // So is a range that ends before it starts.
  await app.page.getByLabel('To', { exact: true }).fill('2024');
  await app.page.getByLabel('To', { exact: true }).press('Enter');
  await app.page.getByText('“From” must not come after “To”.').waitFor();
  assert.match(app.query(), /from=2025-06&to=2025-06/);
});

test('?event= selects and scrolls to that event', async (t) => {
  const app = await openExplorer(t);
  await app.open('?event=join-ee');
  const card = app.timeline.locator('li[data-event-id="join-ee"]');
  await assert.doesNotReject(card.waitFor());
  assert.equal(await card.getAttribute('aria-current'), 'true');
  await app.page.waitForFunction(() => {
    const r = document.querySelector('li[data-event-id="join-ee"]').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });
  // Clicking another title (the next card on screen) moves the selection and the URL.
  const ids = await app.eventIds();
  const other = ids[ids.indexOf('join-ee') + 1] ?? ids[ids.indexOf('join-ee') - 1];
  await app.timeline.locator(`li[data-event-id="${other}"] h4 a`).click();
  await app.page.waitForURL((u) => u.searchParams.get('event') === other);
  assert.equal(await card.getAttribute('aria-current'), null);
});

test('?para= shows the events behind a paragraph, and paragraphs offer them', async (t) => {
  const app = await openExplorer(t);
  await app.open('?para=4');
  const ids = await app.eventIds();
  assert.ok(ids.length >= 3);
  const links = await app.events.evaluateAll((items) =>
    items.map((li) => [...li.querySelectorAll('.paragraph-link')].map((a) => a.getAttribute('href'))));
  for (const hrefs of links) assert.ok(hrefs.includes('#p4'), hrefs.join());
  // From the article side: paragraph 7's button filters to its events.
  await app.page.getByRole('button', { name: /behind paragraph 7$/ }).click();
  await app.page.waitForURL(/para=7/);
  await app.page.getByRole('button', { name: /behind paragraph 7$/, pressed: true }).waitFor();
  // And a card's paragraph link scrolls to and highlights the paragraph.
  await app.events.first().locator('.paragraph-link[href="#p7"]').click();
  await app.page.locator('.paragraph.flash p#p7').waitFor();
});

test('back and forward step through filter changes; reload restores the view', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  await app.openFacets();
  await app.countryBox('Poland').check();
  await app.page.waitForURL(/country=PL/);
  await app.kindBox('Vote or decision').check();
  await app.page.waitForURL(/country=PL&kind=legislation/);
  const both = await app.eventIds();
  await app.search.fill('Sejm');
  await app.page.waitForURL(/q=Sejm/);
  await app.page.goBack();
  await app.page.waitForURL((u) => u.search === '?country=PL&kind=legislation');
  assert.equal(await app.search.inputValue(), '');
  assert.deepEqual(await app.eventIds(), both);
  await app.page.goBack();
  await app.page.waitForURL((u) => u.search === '?country=PL');
  assert.equal(await app.kindBox('Vote or decision').isChecked(), false);
  await app.page.goForward();
  await app.page.waitForURL((u) => u.search === '?country=PL&kind=legislation');
  assert.equal(await app.kindBox('Vote or decision').isChecked(), true);
  await app.page.reload();
  await app.ready();
  assert.deepEqual(await app.eventIds(), both);
  assert.equal(await app.countryBox('Poland').isChecked(), true);
});

test('presets and clear all', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const total = await app.totalCount();
  await app.page.getByRole('button', { name: 'Who joined when' }).click();
  await app.page.waitForURL(/kind=signature,joining/);
  assert.equal(await app.shownCount(), 166 + 133);
  await app.page.getByRole('button', { name: 'Treaty history' }).click();
  await app.page.waitForURL((u) => u.search === '?kind=treaty');
  await app.page.getByRole('button', { name: 'Clear all filters' }).click();
  await app.page.waitForURL((u) => u.search === '');
  assert.equal(await app.shownCount(), total);
});

test('bad link values are named in a dismissible notice, the rest still applies', async (t) => {
  const app = await openExplorer(t);
  await app.open('?country=FI,XX&kind=bogus&from=2025-02-30&para=99&event=nope&utm_source=x');
  await app.notice.waitFor();
  const text = await app.notice.textContent();
  for (const part of ['country=“XX”', 'kind=“bogus”', 'from=“2025-02-30”', 'para=“99”', 'event=“nope”']) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  assert.ok(!text.includes('utm_source'));
  assert.ok((await app.eventIds()).length > 0);
  await app.notice.getByRole('button', { name: 'Dismiss' }).click();
  await app.notice.waitFor({ state: 'detached' });
});

test('order toggle switches between newest and oldest first', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const newest = await app.events.first().locator('time').first().getAttribute('datetime');
  await app.page.getByRole('button', { name: 'Oldest first' }).click();
  await app.page.waitForURL(/order=oldest/);
  const oldest = await app.events.first().locator('time').first().getAttribute('datetime');
  assert.ok(oldest < newest, `${oldest} < ${newest}`);
  assert.match(oldest, /^1996/);
});

test('the facets start folded, so the timeline is in view, unless the link uses them', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const country = app.page.getByRole('group', { name: 'Country' });
  assert.equal(await country.isVisible(), false);
  const first = await app.events.first().boundingBox();
  assert.ok(first.y < 900, `the first event starts at ${first.y}px, within the first screen`);
  await app.page.getByText('Country, kind and dates').click();
  await country.waitFor({ state: 'visible' });
  await app.open('?kind=treaty');
  assert.equal(await country.isVisible(), true);
});

for (const colorScheme of ['light', 'dark']) {
  for (const width of [1280, 375]) {
    test(`screenshots at ${width}px, ${colorScheme}, with no horizontal scroll`, async (t) => {
      const app = await openExplorer(t, { width, height: width > 800 ? 900 : 812, colorScheme });
      await app.page.emulateMedia({ reducedMotion: 'reduce' });
      await app.open();
      const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
      await app.page.screenshot({ path: `${ARTIFACTS}/explorer-${width}-${colorScheme}.png` });
      await app.open('?event=2025-06-27-estonia-notifies-un');
      await app.page.waitForFunction(() => {
        const r = document.querySelector('li[aria-current="true"]').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      await app.page.screenshot({ path: `${ARTIFACTS}/event-${width}-${colorScheme}.png` });
    });
  }
}
