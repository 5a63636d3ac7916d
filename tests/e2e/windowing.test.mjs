// The windowed timeline, against the benchmark build (scripts/bench-build.sh), whose
// `?synthetic=N` loads N generated events: only cards near the viewport are in the DOM, the
// scrollbar still spans the whole list, and deep links land on their event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer as open, useSite } from './harness.mjs';

const BENCH_DIST = process.env.BENCH_DIST ?? 'target/bench-dist';
const SIZE = 100_000;
/** Generous: the chunks within half a viewport of a tall screen, and more. A whole list would be 100,000. */
const MAX_CARDS_IN_DOM = 200;
const shared = useSite(BENCH_DIST);

const openExplorer = (t, options) => open(t, shared.browser, shared.site, options);

/** Cards in the DOM, and those on screen with their dates (newest first by default). */
function snapshot(page) {
  return page.evaluate(() => {
    const cards = [...document.querySelectorAll('li[data-event-id]')];
    const onScreen = cards.filter((li) => {
      const r = li.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    });
    return {
      inDom: cards.length,
      onScreen: onScreen.map((li) => ({ id: li.dataset.eventId, date: li.querySelector('time').getAttribute('datetime') })),
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

/** Waits until the viewport shows cards again after a jump (the window follows in a frame). */
async function settled(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('li[data-event-id]')].some((li) => {
    const r = li.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  }));
  return snapshot(page);
}

/** The first day a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date may mean: what the list sorts by. */
const firstDay = (date) => (date + '-01-01').slice(0, 10);
const isNewestFirst = (dates) => dates.map(firstDay).every((d, i, days) => i === 0 || days[i - 1] >= d);

test('100,000 events: only the cards near the viewport are in the DOM', async (t) => {
  const app = await openExplorer(t);
  await app.open(`?synthetic=${SIZE}`);
  assert.equal(await app.status.textContent(), `Showing all ${SIZE} events`);
  const top = await snapshot(app.page);
  assert.ok(top.inDom <= MAX_CARDS_IN_DOM, `${top.inDom} cards in the DOM`);
  assert.ok(top.scrollHeight > SIZE * 50, `the scrollbar spans the list (${top.scrollHeight}px)`);
  assert.ok(isNewestFirst(top.onScreen.map((c) => c.date)));

  for (const fraction of [0.25, 0.5, 0.75]) {
    await app.page.evaluate((f) => window.scrollTo({ top: document.documentElement.scrollHeight * f, behavior: 'instant' }), fraction);
    const middle = await settled(app.page);
    assert.ok(middle.inDom <= MAX_CARDS_IN_DOM, `${middle.inDom} cards at ${fraction}`);
    assert.ok(isNewestFirst(middle.onScreen.map((c) => c.date)), `in order at ${fraction}`);
    assert.ok(firstDay(middle.onScreen[0].date) < firstDay(top.onScreen[0].date), `older events further down (${fraction})`);
  }

  // The end of the list is reachable and holds the oldest events. The list's height settles as
  // the last chunks are measured, so scroll to the bottom until it stays the bottom.
  await app.page.waitForFunction(() => {
    window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
    return innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  }, null, { polling: 100 });
  const end = await settled(app.page);
  assert.ok(end.onScreen.length > 0);
  assert.match(end.onScreen.at(-1).date, /^1996/);
});

test('scrolling a windowed list moves it smoothly: no card jumps as chunks come and go', async (t) => {
  const app = await openExplorer(t);
  await app.open(`?synthetic=${SIZE}`);
  await app.page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight / 3, behavior: 'instant' }));
  await settled(app.page);
  const cardTop = (id) => app.page.evaluate((id) => document.getElementById(`event-${id}`)?.getBoundingClientRect().top ?? null, id);
  const step = 300;
  // Enough steps to cross many chunk boundaries (a chunk is 12 cards).
  for (let i = 0; i < 60; i++) {
    const { onScreen } = await snapshot(app.page);
    const watched = onScreen.at(-1).id;
    const before = await cardTop(watched);
    await app.page.mouse.wheel(0, step);
    await app.page.waitForFunction(([id, top]) => {
      const r = document.getElementById(`event-${id}`)?.getBoundingClientRect();
      return r && Math.abs(r.top - top) >= 1;
    }, [watched, before]);
    // Two frames: the window follows and the reader's place is restored.
    await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const after = await cardTop(watched);
    assert.ok(after !== null && Math.abs(before - step - after) <= 2, `step ${i}: ${watched} moved from ${before} to ${after}`);
  }
});

test('?event= deep in a windowed list scrolls that card into view', async (t) => {
  const app = await openExplorer(t);
  await app.open(`?synthetic=${SIZE}&event=synthetic-54321`);
  const card = app.page.locator('#event-synthetic-54321');
  await card.waitFor();
  await app.page.waitForFunction(() => {
    const r = document.getElementById('event-synthetic-54321').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.equal(await card.getAttribute('aria-current'), 'true');
  const { inDom } = await snapshot(app.page);
  assert.ok(inDom <= MAX_CARDS_IN_DOM, `${inDom} cards in the DOM`);
  // The synthetic size survives the URLs the app writes.
  await app.openFacets();
  await app.kindBox('Report').check();
  await app.page.waitForURL(/kind=report/);
  assert.match(app.query(), /synthetic=100000/);
});

test('search and facets stay windowed over 100,000 events', async (t) => {
  const app = await openExplorer(t);
  await app.open(`?synthetic=${SIZE}`);
  await app.search.fill('estonia parliament');
  await app.page.waitForFunction(() => /Showing \d+ of 100000 events/.test(document.querySelector('[role=status]').textContent));
  const shown = await app.shownCount();
  assert.ok(shown > 0 && shown < SIZE, `${shown} shown`);
  const { inDom, onScreen } = await snapshot(app.page);
  assert.ok(inDom <= Math.min(shown, MAX_CARDS_IN_DOM));
  for (const { id } of onScreen) {
    const text = (await app.page.locator(`#event-${id}`).textContent()).toLowerCase();
    assert.ok(text.includes('estonia') && text.includes('parliament'), text);
  }
});
