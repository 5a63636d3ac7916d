// Scroll smoothness of the windowed timeline at 1,000 / 10,000 / 100,000 synthetic events, in
// headless Debian Chromium. Two measurements per size, each in a fresh page:
//
// - Fling: Chromium's own synthetic scroll gesture (CDP Input.synthesizeScrollGesture, the
//   input path telemetry's smoothness benchmarks use) scrolls the page down at 2,400 px/s with
//   the mouse wheel. A requestAnimationFrame loop in the page records every frame's interval,
//   and whether the middle of the timeline column shows a card or only a spacer (a "blank"
//   frame: the window has not caught up with the scroll). Long tasks are counted too.
// - Jumps: 20 seeded jumps to anywhere in the list (what dragging the scrollbar does); each is
//   timed from the scroll to the first frame whose viewport shows cards again.
//
//   bash scripts/bench-build.sh && node benches/browser/scroll.mjs [--quick]
//
// Writes scroll.json (raw samples and summaries) beside this file; prints a markdown table.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch } from '../../tests/e2e/browser.mjs';
import { serve } from '../../tests/e2e/server.mjs';
import {
  VIEWPORT, closeQuietly, keepOnOrigin, percentile,
} from './measure.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const quick = process.argv.includes('--quick');
const SIZES = quick ? [1000] : [1000, 10000, 100000];
const RUNS = quick ? 1 : 3;
/** A steady reading scroll, and a hard fling four times as fast. */
const FLING_DISTANCE_PX = 24_000;
const FLING_SPEEDS_PX_PER_S = [2400, 9600];
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

/** In the page: jumps to `fractions` of the list one by one; ms from each jump to cards shown. */
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
    await frame();
    const top = list.getBoundingClientRect().top + scrollY;
    const start = performance.now();
    // Instant, whatever the page's scroll-behavior: a scrollbar drag does not animate.
    scrollTo({ top: top + fraction * (list.scrollHeight - innerHeight), behavior: 'instant' });
    let waited = 0;
    do {
      await frame();
      waited += 1;
    } while (!showsCards() && waited < 120);
    times.push(showsCards() ? performance.now() - start : null);
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
    const moving = frames.slice(1); // the first interval started before the recorder
    const intervals = moving.map((f) => f.interval);
    return {
      frames: moving.length,
      scrolledPx: Math.round(moving.at(-1).y - moving[0].y),
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
    const times = await page.evaluate(jumpTimes, fractions(seed, JUMPS));
    const shown = times.filter((t) => t != null);
    return { times, p50: percentile(shown, 50), p95: percentile(shown, 95), max: Math.max(...shown), neverShown: times.length - shown.length, errors };
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
      const all = (key) => runs.map((f) => f[key]);
      const frames = sum('frames');
      rows.push(`| ${count.toLocaleString('en-US')} | ${speed.toLocaleString('en-US')} px/s | ${frames} `
        + `| ${ms(percentile(all('intervalP50'), 50))} | ${ms(Math.max(...all('intervalP95')))} | ${ms(Math.max(...all('intervalMax')))} `
        + `| ${sum('missed')} (${pct(sum('missed'), frames)}) | ${sum('blank')} (${pct(sum('blank'), frames)}) `
        + `| ${sum('longTasks')} | ${Math.max(...all('domNodes')).toLocaleString('en-US')} |`);
    }
  }
  return rows.join('\n');
}

function jumpTable(results) {
  const rows = ['| events | jumps | jump → cards p50 | p95 | worst | never shown |', '|---:|---:|---:|---:|---:|---:|'];
  for (const { count, jumps: runs } of results) {
    const times = runs.flatMap((j) => j.times);
    const shown = times.filter((t) => t != null);
    rows.push(`| ${count.toLocaleString('en-US')} | ${times.length} | ${ms(percentile(shown, 50))} | ${ms(percentile(shown, 95))} `
      + `| ${ms(Math.max(...shown))} | ${times.length - shown.length} |`);
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
        log(`${count} jumps, run ${run + 1}: p95 ${ms(js.at(-1).p95)}`);
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
  await writeFile(join(HERE, 'scroll.json'), `${JSON.stringify({ meta, results }, null, 1)}\n`);
  console.log(`${meta.machine} · Chromium ${meta.chromium} (headless) · ${meta.date.slice(0, 10)}\n`);
  console.log(`${flingTable(results)}\n\n${jumpTable(results)}`);
}

main().catch((error) => {
  console.error(`[scroll] ${error.stack ?? error}`);
  process.exit(1);
});
