// Our app (the Leptos build in BENCH_APP_DIST): first render at the competitors' sizes, cold
// load of the bundled dataset, memory, and keystroke/click-to-DOM latency.
import { firstEventProbe, latencyProbe, wasmMemoryProbe } from './probes.mjs';
import {
  VIEWPORT, closeQuietly, epochNow, keepOnOrigin, memoryAfterGc, sleep,
} from './measure.mjs';

/** `index.html?synthetic=N` loads N synthetic events (seed 42); no query, the bundled 390. */
function appUrl(site, count) {
  return `${site.url}index.html${count ? `?synthetic=${count}` : ''}`;
}

/** "Showing all N events" / "Showing K of N events": the N. */
function totalFromStatus(text) {
  const match = text?.match(/([\d,]+) events/);
  return match ? Number(match[1].replace(/,/g, '')) : null;
}

/**
 * The app in `context` (fresh: no HTTP cache; service workers blocked), timed to the first
 * event card inside the viewport. Returns the page, open for further measurements.
 */
async function openApp(context, site, count, { timeoutMs, probes = [] }) {
  await keepOnOrigin(context, site.origin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  for (const probe of [wasmMemoryProbe, firstEventProbe, ...probes]) await page.addInitScript(probe);
  const gotoEpoch = epochNow();
  await page.goto(appUrl(site, count), { waitUntil: 'commit', timeout: timeoutMs });
  const first = await (await page.waitForFunction(() => window.__firstEvent, null,
    { timeout: timeoutMs, polling: 50 })).jsonValue();
  const statusText = await page.locator('[role=status]').first().textContent({ timeout: 10_000 });
  const shownTotal = totalFromStatus(statusText);
  return {
    page,
    load: {
      // navToRenderedMs: navigation start to the first frame after an event card is inside
      // the viewport (layout forced), by the page's clock. wallMs: the same end, from just
      // before page.goto() in node (so it includes the navigation request too).
      navToRenderedMs: first.at,
      wallMs: first.epoch - gotoEpoch,
      statusText,
      shownTotal,
      // The current release build ignores ?synthetic: flag it rather than report wrong sizes.
      sizeMismatch: count ? shownTotal !== count : false,
      errors,
    },
  };
}

/** One first-render sample at `count` events (or the bundled dataset when count is 0). */
export async function measureAppLoad(browser, site, count, { timeoutMs }) {
  return inFreshContext(browser, site, count, { timeoutMs }, async ({ page, load }) => (
    { status: 'ok', ...load, memory: await memoryAfterGc(page) }));
}

/**
 * Opens the app, runs `measure` on it, and always closes the context (reporting in `closed`
 * whether it could: run.mjs starts a new browser if not). Timeouts and errors become results.
 */
async function inFreshContext(browser, site, count, { timeoutMs, probes }, measure) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  let result;
  try {
    result = await measure(await openApp(context, site, count, { timeoutMs, probes }));
  } catch (error) {
    result = failure(error, timeoutMs);
  }
  result.closed = await closeQuietly(context);
  return result;
}

/** Playwright's TimeoutError: the app did not show an event (or answer an input) in time. */
function failure(error, timeoutMs) {
  const message = String(error?.message ?? error);
  return error?.name === 'TimeoutError'
    ? { status: 'timeout', capMs: timeoutMs, error: message }
    : { status: 'error', error: message };
}

/** Waits for the sample a keystroke or click produced, and returns it. */
async function nextSample(page, action) {
  const before = await page.evaluate(() => window.__lat.samples.length);
  await action();
  await page.waitForFunction((n) => window.__lat.samples.length > n, before, { timeout: 15_000, polling: 'raf' });
  // A short pause between inputs: a person's typing speed, and room for trailing work.
  await sleep(60);
  return page.evaluate((n) => window.__lat.samples[n], before);
}

/** Types each word a character at a time (one sample per keystroke), clearing in between. */
async function measureSearch(page, words, rounds) {
  const box = page.locator('#search-input');
  await box.click();
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (const word of words) {
      for (let i = 0; i < word.length; i++) {
        const sample = await nextSample(page, () => page.keyboard.type(word[i]));
        samples.push({ ...sample, word, prefix: word.slice(0, i + 1), round });
      }
      // Clearing is an input too; it is awaited but not counted.
      await nextSample(page, async () => {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Backspace');
      });
    }
  }
  return samples;
}

/** Clicks Kind checkboxes on and off (each click one sample), with the facets unfolded. */
async function measureFacets(page, rounds, kindsPerRound = 4) {
  const details = page.locator('details.facets-disclosure');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  const boxes = page.getByRole('group', { name: 'Kind' }).getByRole('checkbox');
  const count = Math.min(kindsPerRound, await boxes.count());
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      const label = (await box.getAttribute('value')) ?? String(i);
      for (const to of ['on', 'off']) {
        const sample = await nextSample(page, () => box.click());
        samples.push({ ...sample, kindValue: label, to, round });
      }
    }
  }
  return samples;
}

/**
 * Latency at `count` events in one page: memory after load, then search keystrokes, then
 * facet clicks. Samples are raw; the report takes percentiles of `ms`.
 */
export async function measureAppLatency(browser, site, count, { timeoutMs, words, rounds }) {
  return inFreshContext(browser, site, count, { timeoutMs, probes: [latencyProbe] }, async ({ page, load }) => {
    const memory = await memoryAfterGc(page);
    const observed = await page.evaluate(() => window.__lat.attach());
    if (!observed) throw new Error('latency probe: no .timeline / [role=status] to observe');
    const search = await measureSearch(page, words, rounds.search);
    const facet = await measureFacets(page, rounds.facet);
    return { status: 'ok', ...load, memory, words, search, facet };
  });
}
