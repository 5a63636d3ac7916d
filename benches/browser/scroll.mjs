// Scroll smoothness of the windowed timeline at 1,000 / 10,000 / 100,000 synthetic events, in
// headless Debian Chromium. Two measurements per size, each in a fresh page:
//
// - Flings: Chromium's own synthetic scroll gesture (CDP Input.synthesizeScrollGesture, the
//   input path telemetry's smoothness benchmarks use) scrolls the page down with the mouse
//   wheel at 2,400 px/s (steady reading), 9,600 px/s (a hard fling) and 48,000 px/s (800 px a
//   frame, more than the half viewport the window keeps ready on each side: the run that shows
//   the blank-frame detector does fire). A requestAnimationFrame loop in the page records every
//   frame's interval, and whether the middle of the timeline column shows only a spacer (a
//   "blank" frame: the window has not caught up with the scroll). Long tasks are counted too.
//   The loop runs on the main thread, so it samples the frames the page itself produced.
// - Jumps: 20 seeded jumps to anywhere in the list (what dragging the scrollbar does); each is
//   counted in frames from the scroll to the first frame whose middle shows cards again.
//
//   bash scripts/bench-build.sh && node benches/browser/scroll.mjs [--quick]
//
// Writes scroll.json (per-run summaries and every jump) beside this file; prints markdown.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../../tests/e2e/browser.mjs';
import { serve } from '../../scripts/static-server.mjs';
import {
  VIEWPORT, closeQuietly, keepOnOrigin, percentile,
} from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [1000] : [1000, 10000, 100000];
const RUNS = quick ? 1 : 3;
/** Reading, a hard fling, and one faster than the window is built to follow. */
const FLING_DISTANCE_PX = 24_000;
const FLING_SPEEDS_PX_PER_S = [2400, 9600, 48_000];
const JUMPS = 20;
/** A frame that took longer than one and a half 60 Hz frames missed its vsync. */
const MISSED_FRAME_MS = 25;

const log = (...args) => console.error('[scroll]', ...args);

/**
 * In the page: records frames until `window.__stopFrames()` is called. For each frame, its
 * interval and whether three points down the middle of the timeline column land on a spacer.
 */
function frameRecorder() {
  const frames = [];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const list = document.querySelector('ol.years');
  const isBlank = () => {
    const box = list.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const ys = [0.25, 0.5, 0.75].map((f) => innerHeight * f);
    // Only points inside the list count; the header and footer are not the window's business.
    return ys.filter((y) => y > box.top && y < box.bottom)
      .some((y) => document.elementFromPoint(x, y)?.closest('li')?.classList.contains('spacer'));
  };
  let last = performance.now();
  let running = true;
  const tick = (now) => {
    frames.push({ interval: now - last, blank: isBlank(), y: scrollY });
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__stopFrames = () => {
    running = false;
    observer.disconnect();
    return { frames, longTasks, domNodes: document.getElementsByTagName('*').length };
  };
}

/**
 * In the page: jumps to `fractions` of the list one by one. For each, the frames (and ms) from
 * the jump to the first frame with cards under the middle of the screen, or null. The check
 * runs in each frame's animation callbacks, ahead of the one the app queues on the scroll
 * event, so whole frames are the resolution and 2 is the best possible: the app drew the new
 * window in the first frame after the jump, and the check saw it in the next.
 */
async function jumpTimes(fractions) {
  const list = document.querySelector('ol.years');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // Cards (or a year's heading) under the middle of the screen, not a spacer.
  const showsCards = () => {
    const box = list.getBoundingClientRect();
    const li = document.elementFromPoint(box.left + box.width / 2, innerHeight / 2)?.closest('li');
    return Boolean(li) && !li.classList.contains('spacer');
  };
  const times = [];
  for (const fraction of fractions) {
    // Jump from rest, in a task of its own as a scrollbar drag would: the app's follow-up
    // callbacks from the last jump have all run, and none is queued ahead of this one.
    for (let i = 0; i < 5; i++) await frame();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const top = list.getBoundingClientRect().top + scrollY;
    const start = performance.now();
    // Instant, whatever the page's scroll-behavior: a scrollbar drag does not animate.
    scrollTo({ top: top + fraction * (list.scrollHeight - innerHeight), behavior: 'instant' });
    let waited = 0;
    do {
      await frame();
      waited += 1;
    } while (!showsCards() && waited < 120);
    times.push(showsCards() ? { ms: performance.now() - start, frames: waited } : null);
  }
  return times;
}

/** Seeded fractions in [0, 1), so every run jumps to the same places. */
function fractions(seed, n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    out.push(seed / 2 ** 31);
  }
  return out;
}

async function openAt(browser, site, count) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await keepOnOrigin(context, site.origin);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${site.url}index.html?synthetic=${count}`);
  await page.waitForSelector('ol.years li.event');
  const status = await page.locator('[role=status]').first().textContent();
  const shown = Number(status.match(/([\d,]+) events/)?.[1].replace(/,/g, ''));
  if (shown !== count) {
    throw new Error(`the build ignored ?synthetic=${count} ("${status}"): run bash scripts/bench-build.sh`);
  }
  // The list starts below the overviews and the article; scroll to it so the fling is all list.
  await page.evaluate(() => document.querySelector('ol.years').scrollIntoView());
  await page.waitForTimeout(300);
  return { context, page, errors };
}

async function fling(browser, site, count, speed) {
  const { context, page, errors } = await openAt(browser, site, count);
  try {
    await page.evaluate(frameRecorder);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.synthesizeScrollGesture', {
      x: VIEWPORT.width / 2,
      y: VIEWPORT.height / 2,
      yDistance: -FLING_DISTANCE_PX,
      speed,
      gestureSourceType: 'mouse',
    });
    const { frames, longTasks, domNodes } = await page.evaluate(() => window.__stopFrames());
    // Only the frames of the gesture: from the first that moved to the last that moved (the
    // first interval of all started before the recorder did).
    const first = frames.findIndex((f, i) => i > 0 && f.y !== frames[i - 1].y);
    const last = frames.findLastIndex((f, i) => i > 0 && f.y !== frames[i - 1].y);
    const moving = first > 0 ? frames.slice(first, last + 1) : [];
    const intervals = moving.map((f) => f.interval);
    return {
      frames: moving.length,
      scrolledPx: moving.length ? Math.round(moving.at(-1).y - frames[first - 1].y) : 0,
      intervals, // kept for the pooled percentiles; not written to scroll.json
      intervalP50: percentile(intervals, 50),
      intervalP95: percentile(intervals, 95),
      intervalMax: Math.max(...intervals),
      missed: intervals.filter((ms) => ms > MISSED_FRAME_MS).length,
      blank: moving.filter((f) => f.blank).length,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((a, b) => a + b, 0),
      domNodes,
      errors,
    };
  } finally {
    await closeQuietly(context);
  }
}

async function jumps(browser, site, count, seed) {
  const { context, page, errors } = await openAt(browser, site, count);
  try {
    return { jumps: await page.evaluate(jumpTimes, fractions(seed, JUMPS)), errors };
  } finally {
    await closeQuietly(context);
  }
}

const ms = (v) => (v == null ? '–' : `${v.toFixed(1)} ms`);
const pct = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;

function flingTable(results) {
  const rows = [
    '| events | speed | frames | frame p50 | frame p95 | worst frame | missed (> 25 ms) | blank frames | long tasks | elements in the page |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { count, flings } of results) {
    for (const speed of FLING_SPEEDS_PX_PER_S) {
      const runs = flings.filter((f) => f.speed === speed);
      const sum = (key) => runs.reduce((total, f) => total + f[key], 0);
      // Percentiles over every frame of every run, not of the runs' own percentiles.
      const intervals = runs.flatMap((f) => f.intervals);
      const frames = intervals.length;
      rows.push(`| ${count.toLocaleString('en-US')} | ${speed.toLocaleString('en-US')} px/s | ${frames} `
        + `| ${ms(percentile(intervals, 50))} | ${ms(percentile(intervals, 95))} | ${ms(Math.max(...intervals))} `
        + `| ${sum('missed')} (${pct(sum('missed'), frames)}) | ${sum('blank')} (${pct(sum('blank'), frames)}) `
        + `| ${sum('longTasks')} | ${Math.max(...runs.map((f) => f.domNodes)).toLocaleString('en-US')} |`);
    }
  }
  return rows.join('\n');
}

function jumpTable(results) {
  const rows = [
    '| events | jumps | cards after 1 frame | after 2 | after 3 or more | never | ms p50 | ms p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { count, jumps: runs } of results) {
    const all = runs.flatMap((run) => run.jumps);
    const shown = all.filter(Boolean);
    const after = (test) => shown.filter((j) => test(j.frames)).length;
    const times = shown.map((j) => j.ms);
    rows.push(`| ${count.toLocaleString('en-US')} | ${all.length} | ${after((n) => n === 1)} | ${after((n) => n === 2)} `
      + `| ${after((n) => n >= 3)} | ${all.length - shown.length} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} |`);
  }
  return rows.join('\n');
}

async function main() {
  const dist = resolve(ROOT, process.env.BENCH_APP_DIST ?? 'target/bench-dist');
  const site = await serve(dist);
  const browser = await launch();
  const results = [];
  const chromium = browser.version();
  try {
    for (const count of SIZES) {
      const flings = [];
      const js = [];
      for (let run = 0; run < RUNS; run++) {
        for (const speed of FLING_SPEEDS_PX_PER_S) {
          const f = { speed, ...await fling(browser, site, count, speed) };
          flings.push(f);
          log(`${count} at ${speed} px/s, run ${run + 1}: ${f.frames} frames, p95 ${ms(f.intervalP95)}, missed ${f.missed}, `
            + `blank ${f.blank}, ${f.scrolledPx} px${f.errors.length ? `; errors: ${f.errors[0]}` : ''}`);
        }
        js.push(await jumps(browser, site, count, 42 + run));
        log(`${count} jumps, run ${run + 1}: frames ${js.at(-1).jumps.map((j) => j?.frames ?? '∞').join(' ')}`);
      }
      results.push({ count, flings, jumps: js });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  const meta = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    chromium,
    viewport: VIEWPORT,
    flingDistancePx: FLING_DISTANCE_PX,
    flingSpeedsPxPerS: FLING_SPEEDS_PX_PER_S,
    jumps: JUMPS,
    runs: RUNS,
    quick,
  };
  const stored = results.map((r) => ({ ...r, flings: r.flings.map(({ intervals, ...summary }) => summary) }));
  await writeFile(join(HERE, 'scroll.json'), `${JSON.stringify({ meta, results: stored }, null, 1)}\n`);
  console.log(`${meta.machine} · Chromium ${meta.chromium} (headless) · ${meta.date.slice(0, 10)}\n`);
  console.log(`${flingTable(results)}\n\n${jumpTable(results)}`);
}

main().catch((error) => {
  console.error(`[scroll] ${error.stack ?? error}`);
  process.exit(1);
});
