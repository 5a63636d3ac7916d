// Small measuring tools shared by the competitor and app runs: CDP memory, timeouts, stats.

/** The viewport of every page, competitors and app alike. */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * Memory once the page is at rest, through the Chrome DevTools Protocol, after a forced full GC
 * (so garbage from start-up does not count):
 * - jsHeapUsed: Performance.getMetrics' JSHeapUsedSize, the V8 heap's live objects;
 * - backingStore: Runtime.getHeapUsage's backingStorageSize, the ArrayBuffer backing stores
 *   outside that heap (typed arrays' data);
 * - wasm: the page's WebAssembly memories (wasmMemoryProbe in probes.mjs), in neither of the
 *   above: without it an app written in Rust would look almost free;
 * - total: the three added, the fair figure to compare libraries by;
 * - domNodes: Performance.getMetrics' Nodes (live DOM nodes in the renderer).
 */
export async function memoryAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    // Twice: the first pass can leave objects that only become unreachable after finalizers.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const byName = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    let backingStore = null; // the first GC above already ran, so this is after it too
    try {
      backingStore = (await cdp.send('Runtime.getHeapUsage')).backingStorageSize ?? null;
    } catch {
      // Older Chromium: no backing-store figure; the JS heap is still reported.
    }
    const wasm = await page.evaluate(() => window.__wasmMemoryBytes?.() ?? 0);
    return {
      jsHeapUsed: byName.JSHeapUsedSize,
      jsHeapTotal: byName.JSHeapTotalSize,
      backingStore,
      wasm,
      total: byName.JSHeapUsedSize + (backingStore ?? 0) + wasm,
      domNodes: byName.Nodes,
    };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export class TimeoutError extends Error {}

/** Rejects with TimeoutError after `ms`; the promise itself is left to settle on its own. */
export function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(`${label}: over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Node's wall clock as an epoch in ms with sub-ms precision, comparable with a page's
 * performance.timeOrigin + performance.now() (same machine, same system clock). */
export function epochNow() {
  return performance.timeOrigin + performance.now();
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Percentile by linear interpolation between the closest ranks (p in 0..100). */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export const median = (values) => percentile(values, 50);

/** Closes a context without letting a renderer that is still busy hang the whole run. */
export async function closeQuietly(context, ms = 30_000) {
  try {
    await withTimeout(context.close(), ms, 'closing the context');
    return true;
  } catch {
    return false;
  }
}

/** Aborts every request that leaves the loopback server: the network is closed anyway, and a
 * font or analytics request that hangs instead of failing would distort the timings. */
export async function keepOnOrigin(context, origin) {
  await context.route((url) => !url.href.startsWith(origin) && !/^(data|blob):/.test(url.href),
    (route) => route.abort());
}
