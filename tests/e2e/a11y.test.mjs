// Accessibility (WCAG 2.1 AA): axe-core finds nothing at 1280 and 375 px, light and dark, in
// the full app and in the embed; the keyboard reaches everything; motion and zoom are
// respected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const shared = useSite(DIST);

const openExplorer = (t, options) => open(t, shared.browser, shared.site, options);

/** axe's violations, one readable line per failing node. */
async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`));
}

for (const width of [1280, 375]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: no violations in the full app at ${width} px, ${colorScheme}`, async (t) => {
      const app = await openExplorer(t, { width, colorScheme });
      // A view with everything showing: a link notice, unfolded facets, a selected event.
      await app.open('?country=EE,XX&event=2025-06-27-estonia-notifies-un');
      await app.openFacets();
      // Both overviews unfolded: the States Parties chart and the map.
      for (const summary of await app.page.locator('details.overview > summary').all()) await summary.click();
      assert.deepEqual(await violations(app.page), []);
    });

    test(`axe: no violations in the embed at ${width} px, ${colorScheme}`, async (t) => {
      const app = await openExplorer(t, { width, colorScheme });
      await app.open('?embed=1&kind=notification');
      assert.deepEqual(await violations(app.page), [], 'timeline tab');
      await app.page.getByRole('button', { name: 'Article', exact: true }).click();
      assert.deepEqual(await violations(app.page), [], 'article tab');
    });
  }
}

test('keyboard: / focuses search, Esc clears it, then closes the notice', async (t) => {
  const app = await openExplorer(t);
  await app.open('?country=XX');
  await app.page.locator('body').press('/');
  assert.equal(await app.page.evaluate(() => document.activeElement.id), 'search-input');
  await app.page.keyboard.type('saeima');
  await app.page.waitForURL(/q=saeima/);
  await app.page.keyboard.press('Escape');
  await app.page.waitForURL((u) => !u.search.includes('q='));
  assert.equal(await app.search.inputValue(), '');
  assert.equal(await app.notice.count(), 1, 'the first Esc only cleared the search');
  await app.page.keyboard.press('Escape');
  await app.notice.waitFor({ state: 'detached' });
});

test('keyboard: j/k and the arrows move between events, Enter opens the sources', async (t) => {
  const app = await openExplorer(t);
  await app.open('?country=EE');
  const ids = await app.eventIds();
  const focusedId = () => app.page.evaluate(() => document.activeElement.dataset.eventId ?? null);
  await app.page.locator('body').press('j');
  assert.equal(await focusedId(), ids[0]);
  await app.page.keyboard.press('j');
  assert.equal(await focusedId(), ids[1]);
  await app.page.keyboard.press('ArrowDown');
  assert.equal(await focusedId(), ids[2]);
  await app.page.keyboard.press('k');
  await app.page.keyboard.press('ArrowUp');
  assert.equal(await focusedId(), ids[0]);
  // Focus is visible on the card.
  const outline = await app.page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  // Across a year boundary: the last card of one year, then the first of the next.
  const years = await app.page.locator('li.year').evaluateAll((ys) => ys.map((y) => y.querySelectorAll('li[data-event-id]').length));
  for (let i = 1; i < years[0] + 1; i++) await app.page.keyboard.press('j');
  assert.equal(await focusedId(), ids[years[0]]);

  await app.page.keyboard.press('Enter');
  await app.page.waitForURL(new RegExp(`event=${ids[years[0]]}`));
  const focusedLink = await app.page.evaluate(() => ({
    inCard: document.activeElement.closest('li[data-event-id]')?.dataset.eventId,
    inSources: Boolean(document.activeElement.closest('.event-sources')),
    tag: document.activeElement.tagName,
  }));
  assert.deepEqual(focusedLink, { inCard: ids[years[0]], inSources: true, tag: 'A' });
});

test('keyboard: Tab reaches every control, each with a visible focus ring', async (t) => {
  const app = await openExplorer(t);
  await app.open();
  const seen = [];
  for (let i = 0; i < 40; i++) {
    await app.page.keyboard.press('Tab');
    const info = await app.page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        name: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 30) || el.id || el.tagName,
        visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
      };
    });
    assert.ok(info.visible, `no visible focus on ${info.name}`);
    seen.push(info.name);
  }
  for (const name of ['Search events', 'Embed this view']) {
    assert.ok(seen.some((s) => s.includes(name) || s === 'search-input'), `${name} reachable: ${seen.join(' | ')}`);
  }
});

test('prefers-reduced-motion turns off smooth scrolling and transitions', async (t) => {
  const app = await openExplorer(t);
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.open();
  const motion = await app.page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    transition: getComputedStyle(document.getElementById('p1')).transitionDuration,
  }));
  assert.deepEqual(motion, { scroll: 'auto', transition: '0s' });
});

test('text at 200% loses nothing: no horizontal scroll, no clipped text', async (t) => {
  for (const width of [1280, 375]) {
    const app = await openExplorer(t, { width });
    await app.open();
    // The page's CSP forbids style tags; set the text size through the CSS object model.
    await app.page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const layout = await app.page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - innerWidth,
      clipped: [...document.querySelectorAll('h1, h2, h3, h4, p, label, button, a')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflow === 'hidden')
        .map((el) => el.textContent.slice(0, 40)),
    }));
    assert.deepEqual(layout, { overflow: 0, clipped: [] }, `${width} px`);
  }
});
