// TimelineJS and vis-timeline, each in a fresh page on the same synthetic events.
import { VIEWPORT, closeQuietly, epochNow, keepOnOrigin, memoryAfterGc } from './measure.mjs';
import { wasmMemoryProbe } from './probes.mjs';

export const COMPETITORS = [
  { id: 'timelinejs', name: 'TimelineJS 3.9.11', page: 'timelinejs.html' },
  { id: 'vis-timeline', name: 'vis-timeline 8.5.4', page: 'vis-timeline.html' },
];

/**
 * One run of a competitor page at `count` events. `site` serves the repository root, so the
 * page, node_modules and target/bench-events are all reachable. Returns:
 * - initMs: in the page, from just before the library's constructor to the first frame after
 *   its events are in the DOM (fetching and mapping the JSON excluded);
 * - navToRenderedMs: in the page, navigation start to that same frame (script loading,
 *   fetching and parsing the events included);
 * - wallMs: just before page.goto() in node to that same frame;
 * - memory after a forced GC (see memoryAfterGc), or status 'timeout' past `timeoutMs`.
 */
export async function measureCompetitor(browser, site, competitor, count, { timeoutMs }) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await keepOnOrigin(context, site.origin);
  await context.addInitScript(wasmMemoryProbe); // no Wasm here, but the same probes as ours
  const result = await renderOnce(await context.newPage(), site, competitor, count, timeoutMs);
  // A renderer still busy in the library's constructor can take a while to close: closeQuietly
  // gives up after 30 s, and run.mjs then starts a new browser for the next run.
  result.closed = await closeQuietly(context);
  return result;
}

async function renderOnce(page, site, competitor, count, timeoutMs) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    const gotoEpoch = epochNow();
    await page.goto(`${site.url}benches/browser/${competitor.page}?n=${count}`, { waitUntil: 'commit', timeout: timeoutMs });
    const result = await (await page.waitForFunction(() => window.__bench, null,
      { timeout: timeoutMs, polling: 100 })).jsonValue();
    if (!result.ok) return { status: 'error', error: result.error, errors };
    return {
      status: 'ok',
      initMs: result.initMs,
      navToRenderedMs: result.navToRendered,
      wallMs: result.renderedEpoch - gotoEpoch,
      memory: await memoryAfterGc(page),
      errors: [...errors, ...result.errors],
    };
  } catch (error) {
    if (error?.name === 'TimeoutError') return { status: 'timeout', capMs: timeoutMs, errors };
    return { status: 'error', error: String(error?.message ?? error), errors };
  }
}
