// The States Parties chart: the UN's figures on screen, explored by keyboard and pointer, and
// a click that shows the events behind a step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const shared = useSite(DIST);

/** Unfolds the chart (folded by default, to keep the timeline on the first screen). */
async function chartOf(app) {
  const summary = app.page.locator('details.parties-overview > summary');
  assert.equal(await summary.textContent(), 'States Parties over time: 166 at the peak, 161 now');
  if (!(await app.page.locator('details.parties-overview').evaluate((d) => d.open))) await summary.click();
  return app.page.getByRole('slider', { name: /States Parties over time/ });
}

test('the chart states the rise to 166 and the fall to 161, and steps by keyboard', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const chart = await chartOf(app);
  const caption = await app.page.locator('.parties-chart figcaption').textContent();
  assert.match(caption, /peak of 166/);
  assert.match(caption, /stands at 161/);
  assert.equal(await chart.getAttribute('aria-valuetext'), '20 February 2026: 161 States Parties (−1)');
  await chart.focus();
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await chart.getAttribute('aria-valuetext'), '10 January 2026: 162 States Parties (−1)');
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await chart.getAttribute('aria-valuetext'), '27 December 2025: 163 States Parties (−3)');
  assert.match(await app.page.locator('.chart-readout').textContent(), /Left: Estonia, Lithuania, Latvia/);
  await app.page.keyboard.press('Home');
  assert.match(await chart.getAttribute('aria-valuetext'), /^1 March 1999: \d+ States Parties \(\+\d+\)$/);

  // Enter shows the events behind the step: the three Baltic withdrawals.
  await app.page.keyboard.press('End');
  for (let i = 0; i < 2; i++) await app.page.keyboard.press('ArrowLeft');
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL((u) => u.search === '?country=EE,LT,LV&kind=withdrawal');
  const kinds = await app.events.evaluateAll((items) => [...new Set(items.map((li) => li.dataset.kind))]);
  assert.deepEqual(kinds, ['withdrawal']);
  assert.equal(await app.events.count(), 3);
});

test('the count by deposit date leads the count by entry into force', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const chart = await chartOf(app);
  await app.page.getByRole('radio', { name: 'deposit (joined)' }).check();
  await chart.focus();
  await app.page.keyboard.press('Home');
  assert.match(await chart.getAttribute('aria-valuetext'), /^\d+ December 1997: /, 'the first deposits, at Ottawa');
});

test('pointer and touch: the step under the pointer shows, a tap selects its events', async (t) => {
  for (const hasTouch of [false, true]) {
    const app = await open(t, shared.browser, shared.site, { width: hasTouch ? 375 : 1280 });
    await app.open();
    const chart = await chartOf(app);
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    // Far right: today, after Poland's withdrawal.
    await app.page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    assert.equal(await chart.getAttribute('aria-valuetext'), '20 February 2026: 161 States Parties (−1)');
    // Near the left end of the drawn line: the first step.
    await app.page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2);
    assert.match(await chart.getAttribute('aria-valuetext'), /1999: \d+ States Parties/);
    await app.page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
    await app.page.waitForURL((u) => u.search === '?country=PL&kind=withdrawal');
    assert.deepEqual(await app.eventIds(), ['2026-02-20-poland-withdrawal-takes-effect']);
  }
});
