// The chart, as a hand-written SVG: first render against event count for the three libraries,
// and our keystroke latency against the 16 ms and 50 ms goals. Log scales on both axes.

// Okabe–Ito hues, darkened where needed for at least 4.5:1 contrast on white; each series
// also has its own marker and dash, so it reads in grey scale too.
export const STYLES = {
  ours: { color: '#0060a0', marker: 'circle', dash: '' },
  timelinejs: { color: '#b84a00', marker: 'square', dash: '8 4' },
  'vis-timeline': { color: '#007656', marker: 'diamond', dash: '3 3' },
  search: { color: '#0060a0', marker: 'circle', dash: '' },
  facet: { color: '#7a3d8c', marker: 'square', dash: '8 4' },
};

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"';

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function compact(n) {
  if (n >= 1000 && n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

function formatMs(ms) {
  if (ms >= 1000) return `${ms / 1000} s`;
  return `${ms} ms`;
}

/** Powers of ten (with 3× steps when the range is short) covering [low, high]. */
function logTicks(low, high) {
  const ticks = [];
  for (let p = Math.floor(Math.log10(low)); p <= Math.ceil(Math.log10(high)); p++) {
    for (const m of high / low < 1000 ? [1, 3] : [1]) {
      const v = m * 10 ** p;
      if (v >= low && v <= high) ticks.push(v);
    }
  }
  return ticks;
}

function marker(kind, x, y, color, filled = true) {
  const fill = filled ? color : '#fff';
  const common = `fill="${fill}" stroke="${color}" stroke-width="2"`;
  if (kind === 'square') return `<rect x="${x - 4.5}" y="${y - 4.5}" width="9" height="9" ${common}/>`;
  if (kind === 'diamond') return `<path d="M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z" ${common}/>`;
  if (kind === 'timeout') {
    // An upward triangle: "at least this much".
    return `<path d="M${x} ${y - 7}L${x + 7} ${y + 5}L${x - 7} ${y + 5}Z" fill="#fff" stroke="${color}" stroke-width="2"/>`;
  }
  return `<circle cx="${x}" cy="${y}" r="5" ${common}/>`;
}

/**
 * One log–log panel at (left, top). series: [{ key, label, points: [{ x, y, timeout? }] }];
 * a timeout point is drawn as a hollow triangle at the cap, labelled "> cap".
 */
function panel({ left, top, width, height, title, xLabel, yLabel, xValues, series, goals = [], capMs }) {
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).concat(goals.map((g) => g.y));
  const yLow = 10 ** Math.floor(Math.log10(Math.max(0.1, Math.min(...ys))));
  const yHigh = 10 ** Math.ceil(Math.log10(Math.max(...ys) * 1.2));
  const xLow = Math.min(...xValues) / 1.6;
  const xHigh = Math.max(...xValues) * 1.6;
  const sx = (v) => left + ((Math.log10(v) - Math.log10(xLow)) / (Math.log10(xHigh) - Math.log10(xLow))) * width;
  const sy = (v) => top + height - ((Math.log10(v) - Math.log10(yLow)) / (Math.log10(yHigh) - Math.log10(yLow))) * height;
  const out = [];
  out.push(`<text x="${left}" y="${top - 14}" font-size="15" font-weight="600" ${FONT}>${escape(title)}</text>`);
  out.push(`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="none" stroke="#555"/>`);
  for (const v of logTicks(yLow, yHigh)) {
    const y = sy(v);
    out.push(`<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 8}" y="${y + 4}" font-size="12" text-anchor="end" fill="#222" ${FONT}>${formatMs(v)}</text>`);
  }
  for (const v of xValues) {
    const x = sx(v);
    out.push(`<line x1="${x}" x2="${x}" y1="${top}" y2="${top + height}" stroke="#eee"/>`);
    out.push(`<text x="${x}" y="${top + height + 18}" font-size="12" text-anchor="middle" fill="#222" ${FONT}>${compact(v)}</text>`);
  }
  out.push(`<text x="${left + width / 2}" y="${top + height + 40}" font-size="13" text-anchor="middle" fill="#222" ${FONT}>${escape(xLabel)}</text>`);
  out.push(`<text transform="translate(${left - 58} ${top + height / 2}) rotate(-90)" font-size="13" text-anchor="middle" fill="#222" ${FONT}>${escape(yLabel)}</text>`);
  for (const goal of goals) {
    const y = sy(goal.y);
    out.push(`<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" stroke="#333" stroke-dasharray="6 5" stroke-width="1.5"/>`);
    // A white halo keeps the label readable where a data line crosses it.
    out.push(`<text x="${left + 8}" y="${y - 6}" font-size="12" fill="#333" stroke="#fff" stroke-width="4" paint-order="stroke" ${FONT}>${escape(goal.label)}</text>`);
  }
  if (capMs && ys.includes(capMs)) {
    const y = sy(capMs);
    out.push(`<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" stroke="#999" stroke-dasharray="2 4"/>`);
  }
  for (const s of series) {
    const style = STYLES[s.key];
    const pts = s.points.map((p) => ({ ...p, px: sx(p.x), py: sy(p.y) }));
    if (pts.length > 1) {
      const d = pts.map((p, i) => `${i ? 'L' : 'M'}${p.px.toFixed(1)} ${p.py.toFixed(1)}`).join('');
      out.push(`<path d="${d}" fill="none" stroke="${style.color}" stroke-width="2.5" stroke-dasharray="${style.dash}"/>`);
    }
    for (const p of pts) {
      out.push(marker(p.timeout ? 'timeout' : style.marker, p.px, p.py, style.color));
      if (p.timeout) {
        out.push(`<text x="${p.px - 10}" y="${p.py - 10}" font-size="12" text-anchor="end" fill="${style.color}" font-weight="600" stroke="#fff" stroke-width="4" paint-order="stroke" ${FONT}>timed out (&gt; ${formatMs(p.y)})</text>`);
      }
    }
  }
  return out.join('\n');
}

function legend(left, top, entries) {
  return entries.map(({ key, label }, i) => {
    const { color, marker: kind, dash } = STYLES[key];
    const y = top + i * 20;
    return [
      `<line x1="${left}" x2="${left + 30}" y1="${y}" y2="${y}" stroke="${color}" stroke-width="2.5" stroke-dasharray="${dash}"/>`,
      marker(kind, left + 15, y, color),
      `<text x="${left + 38}" y="${y + 4}" font-size="12.5" fill="#222" ${FONT}>${escape(label)}</text>`,
    ].join('');
  }).join('\n');
}

/**
 * render: [{ key, label, points }] first render (ms) by event count;
 * latency: [{ key, label, points }] p95 ms by event count, or null to leave the panel out.
 */
export function renderChart({ render, latency, capMs, meta, notes = [] }) {
  const width = 1160;
  const height = 585 + notes.length * 16;
  const parts = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title">`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<title id="chart-title">Browser benchmark: first render and keystroke latency</title>`);
  parts.push(`<text x="24" y="30" font-size="18" font-weight="700" fill="#111" ${FONT}>Timeline libraries on the same synthetic events (headless Chromium)</text>`);
  parts.push(`<text x="24" y="52" font-size="12.5" fill="#333" ${FONT}>${escape(meta)}</text>`);
  const renderXs = [...new Set(render.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  if (renderXs.length) {
    parts.push(panel({
      left: 90, top: 100, width: 470, height: 340,
      title: 'First render (median): navigation start → events painted',
      xLabel: 'events (log scale)', yLabel: 'milliseconds (log scale)',
      xValues: renderXs, series: render, capMs,
    }));
    parts.push(legend(100, 500, render));
  }
  if (latency) {
    const latencyXs = [...new Set(latency.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
    parts.push(panel({
      left: 670, top: 100, width: 460, height: 340,
      title: 'Ours: input → DOM updated, 95th percentile',
      xLabel: 'events (log scale)', yLabel: 'milliseconds (log scale)',
      xValues: latencyXs, series: latency,
      goals: [{ y: 16, label: '16 ms goal (one frame)' }, { y: 50, label: '50 ms goal' }],
    }));
    parts.push(legend(680, 500, latency));
  } else {
    parts.push(`<text x="670" y="120" font-size="13" fill="#444" ${FONT}>Our app's input latency was not measured in this run.</text>`);
  }
  notes.forEach((note, i) => {
    parts.push(`<text x="24" y="${580 + i * 16}" font-size="11.5" fill="#444" ${FONT}>${escape(note)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
