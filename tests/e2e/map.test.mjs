// The map of the withdrawing states: each coloured by its standing on the day the slider or
// the histogram's range names, and a click (or Enter) on a state → the country filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const shared = useSite(DIST);

/** Unfolds the map (folded by default, like the chart) and returns its parts. */
async function mapOf(app) {
  const details = app.page.locator('details.map-overview');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  const map = app.page.getByRole('group', { name: /^Map of the Baltic Sea region/ });
  return {
    map,
    slider: details.getByRole('slider', { name: /Status on/ }),
    state: (name) => map.getByRole('button', { name: new RegExp(`^${name}:`) }),
  };
}

test('each state shows its status on the chosen day, from the UN dates', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const { slider, state } = await mapOf(app);
  // Unfiltered: the latest stop, after Poland's withdrawal took effect.
  assert.equal(await slider.getAttribute('aria-valuetext'), '20 February 2026');
  for (const name of ['Estonia', 'Latvia', 'Lithuania', 'Finland', 'Poland']) {
    assert.match(await state(name).getAttribute('aria-label'), /: Withdrawn \(since \d+ \w+ 202[56]\)$/, name);
  }
  assert.equal(await state('Russia').getAttribute('aria-label'), 'Russia: Not a party');
  assert.match(await state('Belarus').getAttribute('aria-label'), /^Belarus: Party \(since 1 March 2004\)$/);
  assert.match(await state('Ukraine').getAttribute('aria-label'), /^Ukraine: Party, “suspension” claimed \(since 18 July 2025\)$/);
  assert.match(await state('Estonia').getAttribute('class'), /\bstatus-withdrawn\b/);

  // Back one stop by keyboard: Poland had only given notice.
  await slider.focus();
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await slider.getAttribute('aria-valuetext'), '10 January 2026');
  assert.equal(await state('Poland').getAttribute('aria-label'), 'Poland: Withdrawal notified (since 20 August 2025)');
  assert.match(await state('Poland').getAttribute('class'), /\bstatus-notified\b/);
  assert.match(await state('Finland').getAttribute('aria-label'), /^Finland: Withdrawn \(since 10 January 2026\)$/);
  assert.equal(app.query(), '', 'the slider changes the map, not the filter');
});

test('the histogram\'s range moves the map to its last day', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open('?from=2025&to=2025');
  const { slider, state } = await mapOf(app);
  assert.equal(await slider.getAttribute('aria-valuetext'), '31 December 2025');
  assert.match(await state('Estonia').getAttribute('aria-label'), /Withdrawn/);
  assert.match(await state('Finland').getAttribute('aria-label'), /Withdrawal notified/);
  // A click on 2024 in the histogram: nobody had given notice yet.
  const histogram = app.page.getByRole('listbox', { name: /^Years/ });
  await histogram.scrollIntoViewIfNeeded();
  const box = await histogram.boundingBox();
  await app.page.mouse.click(box.x + ((2024 - 1996 + 0.5) * box.width) / 31, box.y + box.height / 2);
  await app.page.waitForURL((u) => u.search === '?from=2024&to=2024');
  assert.equal(await slider.getAttribute('aria-valuetext'), '31 December 2024');
  for (const name of ['Estonia', 'Finland', 'Poland']) {
    assert.match(await state(name).getAttribute('aria-label'), /: Party \(since/, name);
  }
  // A range into the future shows today's standing, not a day nobody has seen.
  await app.open('?from=2025&to=2030');
  const shown = Date.parse(await (await mapOf(app)).slider.getAttribute('aria-valuetext'));
  assert.ok(shown <= Date.now() && shown > Date.now() - 2 * 86_400_000, new Date(shown).toISOString());
});

test('a click on a state toggles it in the country filter; Enter does the same', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open();
  const { state } = await mapOf(app);
  await state('Estonia').click();
  await app.page.waitForURL((u) => u.search === '?country=EE');
  assert.equal(await state('Estonia').getAttribute('aria-pressed'), 'true');
  const countries = await app.events.evaluateAll((items) => items.map((li) => li.textContent));
  assert.ok(countries.length > 0 && countries.every((text) => /Estonia/.test(text)), 'every card is about Estonia');

  await state('Finland').focus();
  await app.page.keyboard.press('Enter');
  await app.page.waitForURL((u) => u.search === '?country=EE,FI');
  assert.equal(await app.page.evaluate(() => document.activeElement?.dataset.code), 'FI', 'focus stays on the state');
  await state('Estonia').click();
  await app.page.waitForURL((u) => u.search === '?country=FI');
  assert.equal(await state('Estonia').getAttribute('aria-pressed'), 'false');
  // The country facet agrees.
  await app.openFacets();
  assert.equal(await app.countryBox('Finland').isChecked(), true);
  assert.equal(await app.countryBox('Estonia').isChecked(), false);
});

test('on a phone the map fits and a tap filters', async (t) => {
  const app = await open(t, shared.browser, shared.site, { width: 375, height: 800 });
  await app.open();
  const { map, state } = await mapOf(app);
  const box = await map.boundingBox();
  assert.ok(box.width <= 375 && box.width > 300, `map width ${box.width}`);
  assert.equal(await app.page.evaluate(() => document.documentElement.scrollWidth), 375, 'no sideways scroll');
  await state('Lithuania').scrollIntoViewIfNeeded();
  await state('Lithuania').click();
  await app.page.waitForURL((u) => u.search === '?country=LT');
});
