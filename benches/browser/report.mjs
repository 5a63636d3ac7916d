// Summaries of the raw samples, the ratios, and the markdown tables printed at the end.
import { median, percentile } from './measure.mjs';

const MB = 1024 * 1024;

/** Median figures over the runs at one size; 'timeout' or 'error' if any run did not finish. */
export function summarizeLoads(samples) {
  const ok = samples.filter((s) => s.status === 'ok');
  const failed = samples.find((s) => s.status !== 'ok');
  const pick = (f) => median(ok.map(f).filter((v) => v != null));
  return {
    status: failed ? failed.status : 'ok',
    capMs: failed?.capMs ?? null,
    error: failed?.error ?? null,
    runs: samples.length,
    okRuns: ok.length,
    initMs: pick((s) => s.initMs),
    navToRenderedMs: pick((s) => s.navToRenderedMs),
    wallMs: pick((s) => s.wallMs),
    jsHeapMB: pick((s) => s.memory?.jsHeapUsed / MB),
    totalMB: pick((s) => s.memory?.total / MB),
    domNodes: pick((s) => s.memory?.domNodes),
    sizeMismatch: ok.some((s) => s.sizeMismatch),
    shownTotal: ok[0]?.shownTotal ?? null,
  };
}

/** p50/p95 of `ms` over the samples that changed the DOM, plus how many did not. */
export function summarizeLatency(samples) {
  const mutated = samples.filter((s) => s.mutated);
  const ms = mutated.map((s) => s.ms);
  const viaTimer = mutated.filter((s) => s.viaTimer);
  return {
    samples: samples.length,
    unchanged: samples.length - mutated.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: ms.length ? Math.max(...ms) : null,
    // Samples whose update ran in a timer the app set (a debounce): how long after that timer.
    viaTimer: viaTimer.length,
    afterTimerP95: percentile(viaTimer.map((s) => s.end - s.timerFired), 95),
  };
}

const fmt = (v, digits = 0) => (v == null || Number.isNaN(v) ? '–' : v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));
const fmtMs = (v) => (v == null ? '–' : v < 10 ? fmt(v, 1) : fmt(v));

/** A table cell; times of a run that hit the cap read "> cap", its other figures "–". */
function cell(summary, key, digits) {
  if (summary.status === 'timeout') return digits === 'ms' ? `> ${fmt(summary.capMs / 1000)} s` : '–';
  if (summary.status === 'error') return 'error';
  if (summary.status === 'skipped') return 'not run';
  return digits === 'ms' ? fmtMs(summary[key]) : fmt(summary[key], digits);
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

function ratio(theirs, ours, key) {
  if (ours?.sizeMismatch) return 'n/a'; // ours showed another number of events than the row's
  if (theirs?.status === 'timeout' && ours?.[key]) return `> ${fmt(theirs.capMs / ours[key], 0)}×`;
  if (theirs?.status !== 'ok' || ours?.status !== 'ok' || !ours[key]) return '–';
  return `${fmt(theirs[key] / ours[key], theirs[key] / ours[key] < 10 ? 1 : 0)}×`;
}

/** Everything as markdown, in the order a reader asks: render, memory, ratios, load, latency. */
export function markdown(summary, libraries) {
  const out = [];
  out.push('### First render and memory (medians)\n');
  out.push('init: library constructor → events painted; nav: navigation start → events painted; '
    + 'goto: page.goto() in node → events painted. JS heap after a forced GC; "total" adds '
    + 'ArrayBuffer backing stores and WebAssembly memory (which the JS heap does not count).\n');
  const rows = [];
  for (const lib of libraries) {
    for (const [count, s] of Object.entries(summary.firstRender[lib.id] ?? {})) {
      rows.push([lib.name, fmt(Number(count)), cell(s, 'initMs', 'ms'), cell(s, 'navToRenderedMs', 'ms'),
        cell(s, 'wallMs', 'ms'), cell(s, 'jsHeapMB', 1), cell(s, 'totalMB', 1), cell(s, 'domNodes', 0),
        s.status === 'skipped' ? '–' : `${s.okRuns}/${s.runs}${s.sizeMismatch ? ` (showed ${s.shownTotal})` : ''}`]);
    }
  }
  out.push(table(['library', 'events', 'init ms', 'nav ms', 'goto ms', 'JS heap MB', 'total MB', 'DOM nodes', 'runs'], rows));

  const ours = summary.firstRender.ours ?? {};
  const competitors = libraries.filter((l) => l.id !== 'ours');
  if (Object.keys(ours).length && competitors.length) {
    out.push('\n### Competitor ÷ ours (higher: ours is faster / smaller)\n');
    const ratioRows = Object.keys(ours).map((count) => [fmt(Number(count)), ...competitors.flatMap((lib) => {
      const theirs = summary.firstRender[lib.id]?.[count];
      return [ratio(theirs, ours[count], 'navToRenderedMs'), ratio(theirs, ours[count], 'jsHeapMB'), ratio(theirs, ours[count], 'totalMB')];
    })]);
    out.push(table(['events', ...competitors.flatMap((l) => [`${l.name} render`, `${l.name} JS heap`, `${l.name} total memory`])], ratioRows));
    if (Object.values(ours).some((s) => s.sizeMismatch)) out.push('\nn/a: the app build ignored ?synthetic=N, so there is nothing to compare at that size.');
  }

  if (summary.coldLoad) {
    const c = summary.coldLoad;
    out.push('\n### Ours: cold load, bundled dataset (fresh context each, no cache)\n');
    out.push(table(['runs', 'goto → first event visible, median ms', 'min', 'max', 'nav → first event, median ms', 'JS heap MB', 'total MB'],
      [[`${c.okRuns}/${c.runs}`, fmtMs(c.wallMs), fmtMs(c.wallMin), fmtMs(c.wallMax), fmtMs(c.navToRenderedMs), fmt(c.jsHeapMB, 1), fmt(c.totalMB, 1)]]));
  }

  if (summary.latency && Object.keys(summary.latency).length) {
    out.push('\n### Ours: input → DOM updated (ms, samples that changed the DOM)\n');
    const latRows = Object.entries(summary.latency).map(([count, l]) => {
      if (l.status !== 'ok') return [fmt(Number(count)), l.status, '', '', '', '', '', '', ''];
      return [
        fmt(Number(count)) + (l.sizeMismatch ? ` (showed ${l.shownTotal})` : ''),
        fmtMs(l.search.p50), fmtMs(l.search.p95),
        `${l.search.samples}${l.search.unchanged ? ` (${l.search.unchanged} unchanged)` : ''}${l.search.viaTimer ? `, ${l.search.viaTimer} after a timer (p95 ${fmtMs(l.search.afterTimerP95)} after it)` : ''}`,
        fmtMs(l.facet.p50), fmtMs(l.facet.p95),
        `${l.facet.samples}${l.facet.unchanged ? ` (${l.facet.unchanged} unchanged)` : ''}`,
        fmt(l.jsHeapMB, 1), fmt(l.totalMB, 1),
      ];
    });
    out.push(table(['events', 'search p50', 'search p95', 'search samples', 'facet p50', 'facet p95', 'facet samples', 'JS heap MB', 'total MB'], latRows));
    const words = Object.values(summary.latency).map((l) => l.words).find(Boolean);
    if (words) out.push(`\nSearch words: ${words.join(', ')}.`);
  }
  return out.join('\n');
}
