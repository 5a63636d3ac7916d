// Browser benchmark: our app against TimelineJS 3.9.11 and vis-timeline 8.5.4 on the same
// synthetic events, in headless Debian Chromium (never a downloaded browser).
//
//   node benches/browser/run.mjs [--quick] [--only=competitors|ours] [--timeout=SECONDS]
//   node benches/browser/run.mjs --report   (chart and tables again from results.json)
//
// BENCH_APP_DIST: the app build to measure (default target/bench-dist, made by
// `bash scripts/bench-build.sh`; it must honour ?synthetic=N). Writes results.json (raw samples
// and summaries) and latency.svg beside this file, and prints markdown tables to stdout.
// Progress goes to stderr.
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { launch, CHROMIUM_ARGS } from '../../tests/e2e/browser.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { renderChart } from './chart.mjs';
import { COMPETITORS, measureCompetitor } from './competitors.mjs';
import { ensureEvents, loadEvents } from './events.mjs';
import { VIEWPORT, epochNow, withTimeout } from './measure.mjs';
import { measureAppLatency, measureAppLoad } from './ours.mjs';
import { markdown, summarizeLatency, summarizeLoads } from './report.mjs';
import { chooseSearchWords } from './words.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const OURS = { id: 'ours', name: 'Ours (Leptos)' };

function parseArgs(argv) {
  const options = { quick: false, only: null, timeoutS: 180, report: false };
  for (const arg of argv) {
    if (arg === '--quick') options.quick = true;
    else if (arg === '--report') options.report = true;
    else if (arg.startsWith('--only=')) options.only = arg.slice(7).split(',');
    else if (arg.startsWith('--timeout=')) options.timeoutS = Number(arg.slice(10));
    else throw new Error(`unknown argument ${arg} (try --quick, --only=competitors|ours, --timeout=SECONDS, --report)`);
  }
  return options;
}

/** Sizes and repetitions: --quick is a smoke run (300 and 3,000 events, one pass each). */
function plan({ quick, only, timeoutS }) {
  return {
    quick,
    competitors: !only || only.includes('competitors'),
    ours: !only || only.includes('ours'),
    timeoutMs: timeoutS * 1000,
    renderSizes: quick ? [300, 3000] : [300, 3000, 30000],
    latencySizes: quick ? [300, 3000] : [1000, 10000, 100000],
    renderRuns: quick ? 1 : 3,
    coldRuns: quick ? 3 : 10,
    rounds: quick ? { search: 1, facet: 1 } : { search: 4, facet: 3 },
  };
}

const log = (...args) => console.error('[bench]', ...args);

/** The app build, or a clear way out if it is not there. */
function appRoot() {
  const dir = resolve(ROOT, process.env.BENCH_APP_DIST ?? 'target/bench-dist');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`no app build at ${relative(ROOT, dir) || dir}/index.html: run \`bash scripts/bench-build.sh\`, `
      + 'or set BENCH_APP_DIST to a build (e.g. BENCH_APP_DIST=dist, which ignores ?synthetic), '
      + 'or skip our app with --only=competitors');
  }
  return dir;
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * Holds the browser, and replaces it when a page could not be closed (a renderer stuck in a
 * library's constructor after a timeout), so one slow library cannot spoil the next runs.
 */
class BrowserHolder {
  async start() {
    this.browser = await launch();
    return this.browser;
  }

  async after(result) {
    if (result.closed !== false) return;
    log('a page would not close; starting a new browser');
    await withTimeout(this.browser.close(), 30_000, 'closing the browser').catch(() => {});
    await this.start();
  }
}

/** `runs` samples of one measurement; stops early after a timeout (the next would time out too). */
async function repeat(holder, runs, label, measure) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const sample = await measure(holder.browser);
    await holder.after(sample);
    samples.push(sample);
    log(`${label} run ${i + 1}/${runs}: ${describe(sample)}`);
    if (sample.status === 'timeout') break;
  }
  return samples;
}

function describe(sample) {
  if (sample.status === 'timeout') return `timed out (> ${sample.capMs / 1000} s)`;
  if (sample.status === 'error') return `error: ${sample.error}`;
  const parts = [];
  if (sample.initMs != null) parts.push(`init ${sample.initMs.toFixed(0)} ms`);
  parts.push(`nav→rendered ${sample.navToRenderedMs.toFixed(0)} ms`, `goto→rendered ${sample.wallMs.toFixed(0)} ms`);
  if (sample.memory) parts.push(`heap ${(sample.memory.jsHeapUsed / 2 ** 20).toFixed(1)} MB`);
  if (sample.sizeMismatch) parts.push(`(app showed ${sample.shownTotal} events)`);
  if (sample.errors?.length) parts.push(`${sample.errors.length} page error(s): ${sample.errors[0]}`);
  return parts.join(', ');
}

async function runCompetitors(holder, site, p) {
  const results = {};
  for (const competitor of COMPETITORS) {
    results[competitor.id] = {};
    let timedOutAt = null;
    for (const count of p.renderSizes) {
      if (timedOutAt) {
        // Larger than a size that already hit the cap: not run, and reported as such.
        results[competitor.id][count] = [{ status: 'skipped', reason: `timed out at ${timedOutAt} events` }];
        continue;
      }
      const samples = await repeat(holder, p.renderRuns, `${competitor.name} ${count}`,
        (browser) => measureCompetitor(browser, site, competitor, count, p));
      results[competitor.id][count] = samples;
      if (samples.some((s) => s.status === 'timeout')) timedOutAt = count;
    }
  }
  return results;
}

async function runOurs(holder, site, p) {
  const firstRender = {};
  for (const count of p.renderSizes) {
    firstRender[count] = await repeat(holder, p.renderRuns, `ours ${count}`,
      (browser) => measureAppLoad(browser, site, count, p));
  }
  // Cold load of what readers get: the bundled dataset, fresh context each time.
  const coldLoad = await repeat(holder, p.coldRuns, 'ours cold load (bundled)',
    (browser) => measureAppLoad(browser, site, 0, p));
  const latency = {};
  for (const count of p.latencySizes) {
    const words = chooseSearchWords(await loadEvents(ROOT, count));
    log(`ours latency ${count}: words ${words.map((w) => `${w.word} [${w.counts.join(' ')}]`).join(', ')}`);
    const result = await measureAppLatency(holder.browser, site, count,
      { ...p, words: words.map((w) => w.word) });
    await holder.after(result);
    log(`ours latency ${count}: ${result.status === 'ok'
      ? `${result.search.length} keystrokes, ${result.facet.length} clicks` : describe(result)}`);
    latency[count] = result;
  }
  return { firstRender, coldLoad, latency };
}

function summarize(raw) {
  const firstRender = {};
  for (const [lib, bySize] of Object.entries({ ...raw.competitors, ...(raw.ours ? { ours: raw.ours.firstRender } : {}) })) {
    firstRender[lib] = Object.fromEntries(Object.entries(bySize).map(([count, samples]) => [count, summarizeLoads(samples)]));
  }
  const summary = { firstRender };
  if (raw.ours) {
    const cold = raw.ours.coldLoad;
    const walls = cold.filter((s) => s.status === 'ok').map((s) => s.wallMs);
    summary.coldLoad = { ...summarizeLoads(cold), wallMin: walls.length ? Math.min(...walls) : null, wallMax: walls.length ? Math.max(...walls) : null };
    summary.latency = Object.fromEntries(Object.entries(raw.ours.latency).map(([count, r]) => [count, r.status === 'ok'
      ? {
        status: 'ok',
        words: r.words,
        sizeMismatch: r.sizeMismatch,
        shownTotal: r.shownTotal,
        jsHeapMB: r.memory.jsHeapUsed / 2 ** 20,
        totalMB: r.memory.total / 2 ** 20,
        search: summarizeLatency(r.search),
        facet: summarizeLatency(r.facet),
      }
      : { status: r.status, error: r.error }]));
  }
  return summary;
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    // Other work on the machine skews every number: worth a look when results surprise.
    loadAverage: os.loadavg().map((v) => Number(v.toFixed(2))),
  };
}

/** The chart's series: medians of navigation → rendered, timeouts at the cap. */
function chartData(summary, meta, p) {
  const libraries = [OURS, ...COMPETITORS];
  const render = libraries.filter((lib) => summary.firstRender[lib.id]).map((lib) => ({
    key: lib.id,
    label: lib.id === 'ours' ? `${lib.name}${meta.app.sizeMismatch ? ' (app ignored ?synthetic!)' : ''}` : lib.name,
    points: Object.entries(summary.firstRender[lib.id])
      .filter(([, s]) => s.status === 'ok' || s.status === 'timeout')
      .map(([count, s]) => (s.status === 'ok'
        ? { x: Number(count), y: s.navToRenderedMs }
        : { x: Number(count), y: s.capMs, timeout: true })),
  }));
  let latency = null;
  const lat = Object.entries(summary.latency ?? {}).filter(([, l]) => l.status === 'ok');
  if (lat.length) {
    const series = (key, label) => ({ key, label, points: lat.filter(([, l]) => l[key].p95 != null).map(([count, l]) => ({ x: Number(count), y: l[key].p95 })) });
    latency = [series('search', 'search: keystroke → list updated (p95)'), series('facet', 'Kind checkbox click → list updated (p95)')];
  }
  const notes = [
    'First render: performance.now() in the page at the first frame after the events are in the DOM (layout forced), '
      + `median of ${p.renderRuns} fresh page${p.renderRuns > 1 ? 's' : ''}.`,
    'Competitors fetch the same events as JSON (seed 42) and their time includes it; ours generates them in the page (?synthetic=N). '
      + `Viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
    `Runs over ${p.timeoutMs / 1000} s are stopped and drawn as hollow triangles at the cap. `
      + 'Latency: capture-phase input/click listener → first DOM mutation of the timeline list, layout forced.',
  ];
  return { render, latency, capMs: p.timeoutMs, notes };
}

/** Runs every measurement the plan asks for, in one browser. Returns { meta, raw }. */
async function measureAll(p) {
  const started = epochNow();
  const loadAtStart = os.loadavg().map((v) => Number(v.toFixed(2)));
  const app = p.ours ? appRoot() : null;
  const eventSizes = [...new Set([...(p.competitors ? p.renderSizes : []), ...(p.ours ? p.latencySizes : [])])];
  await ensureEvents(ROOT, eventSizes.sort((a, b) => a - b), log);

  const holder = new BrowserHolder();
  await holder.start();
  const repoSite = await serve(ROOT); // competitor pages, node_modules, target/bench-events
  const appSite = app ? await serve(app) : null; // the app with its own _headers (strict CSP)
  const raw = { competitors: {}, ours: null };
  try {
    if (p.competitors) raw.competitors = await runCompetitors(holder, repoSite, p);
    if (p.ours) raw.ours = await runOurs(holder, appSite, p);
  } finally {
    await repoSite.close();
    await appSite?.close();
  }
  const chromium = holder.browser.version();
  await holder.browser.close();
  const meta = {
    date: new Date().toISOString(),
    durationS: Math.round((epochNow() - started) / 1000),
    quick: p.quick,
    machine: { ...machine(), loadAverageAtStart: loadAtStart },
    chromium,
    chromiumArgs: CHROMIUM_ARGS,
    node: process.version,
    playwrightCore: packageVersion('playwright-core'),
    libraries: { timelinejs: packageVersion('@knight-lab/timelinejs'), 'vis-timeline': packageVersion('vis-timeline') },
    app: app ? { root: relative(ROOT, app) } : null,
    viewport: VIEWPORT,
    plan: p,
  };
  return { meta, raw };
}

/** results.json, latency.svg and the markdown, all from the raw samples. */
async function report({ meta, raw }) {
  const p = meta.plan;
  const summary = summarize(raw);
  const sizeMismatch = Object.values(summary.firstRender.ours ?? {}).some((s) => s.sizeMismatch);
  if (meta.app) meta.app.sizeMismatch = sizeMismatch;
  await writeFile(join(HERE, 'results.json'), `${JSON.stringify({ meta, summary, raw }, null, 1)}\n`);

  const m = meta.machine;
  const metaLine = `${m.cores} × ${m.cpu}, ${m.memoryGiB} GiB · Chromium ${meta.chromium} (headless) · ${meta.date.slice(0, 10)}`
    + `${p.quick ? ' · quick run' : ''}${sizeMismatch ? ' · WARNING: app build ignored ?synthetic' : ''}`;
  await writeFile(join(HERE, 'latency.svg'), renderChart({ ...chartData(summary, meta, p), meta: metaLine }));

  const libraries = [...(p.ours ? [OURS] : []), ...(p.competitors ? COMPETITORS : [])];
  console.log(`## Browser benchmark\n\n${metaLine}; measured in ${meta.durationS} s.\n`);
  if (sizeMismatch) {
    console.log(`> The app build at ${meta.app.root} ignored ?synthetic=N: its rows show its own dataset, not N events.\n`);
  }
  console.log(markdown(summary, libraries));
  log(`wrote ${relative(ROOT, join(HERE, 'results.json'))} and ${relative(ROOT, join(HERE, 'latency.svg'))}`);
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  // --report: redo the chart and tables from results.json's raw samples, without a browser.
  const results = options.report
    ? JSON.parse(readFileSync(join(HERE, 'results.json'), 'utf8'))
    : await measureAll(plan(options));
  await report(results);
}

main().catch((error) => {
  console.error(`[bench] ${error.message}`);
  process.exit(1);
});
