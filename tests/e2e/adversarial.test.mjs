// Any link must render: 600 seeded random and hostile query strings, each opened in the real
// app under its CSP, with no console error, no crash, no injected markup and no lost page.
// Also: messages posted to the app are ignored, and every external link is rel-safe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer as open, useSite } from './harness.mjs';

const DIST = process.env.DIST ?? 'dist';
const COUNT = 600;
const LINKS_PER_CONTEXT = 50;
const shared = useSite(DIST);

/** mulberry32: a tiny seeded PRNG, so every run opens the same links. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['q', 'country', 'kind', 'from', 'to', 'para', 'event', 'order', 'embed', 'childId', 'utm_source', 'Q', 'q[]', '', '%71', 'cou%6Etry'];
const HOSTILE = [
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "javascript:alert('x')",
  '\u202Egnp.exe', '\u202Dleft\u202E', '🇪🇪🇱🇻🇱🇹💥', '👩‍👩‍👧‍👦', '\u0000', '\uFEFF', '\uD800',
  '%', '%%', '%Z1', '%E2%82', '%C0%AF', '%FF%FE', '+', '&&&', '==', '#', '?', '../..',
  'EE,,LV,', ' , ', 'ee', 'XX', 'treaty,BOGUS', '2025-02-30', '2025-13', '0000', '99999',
  '-1', '1e9', 'NaN', 'newest,oldest', 'true', 'join-ee', 'JOIN-EE', 'é'.repeat(300),
];

function encodePart(rng, text) {
  // Mostly encoded, sometimes raw: a hand-typed link, or one mangled by a mail client. A lone
  // surrogate cannot be encoded at all; it goes raw and the browser does what it does.
  if (rng() < 0.3) return text;
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

function randomText(rng, max) {
  const alphabet = 'abcxyzEELVLTFIPLUA0123456789-_,.;:/\\\'" <>&=?#%+éŁódźΣЖ中🙂\u202E\u0301';
  const chars = [...alphabet];
  let out = '';
  const length = Math.floor(rng() * max);
  for (let i = 0; i < length; i++) out += chars[Math.floor(rng() * chars.length)];
  return out;
}

/** The links: hand-picked hostile values first, then seeded random mixtures. */
function links() {
  const rng = random(20251127);
  const out = [
    `?q=${'a'.repeat(10_000)}`,
    `?country=${Array.from({ length: 2000 }, (_, i) => (i % 2 ? 'EE' : 'zz')).join(',')}`,
    '?from=2026&to=1996', '?from=2025-06-27&to=2025-06-26', '?q=%', '?q=%E2%82%AC%E2%82',
    '?country=EE&country=LV&country=ee&kind=treaty&kind=treaty', '?event=join-ee&event=nope',
    '?embed=1&embed=0&childId=<script>', '?para=0', '?para=11', '?para=4.5', '?order=sideways',
  ];
  for (const key of KEYS) for (const value of HOSTILE) out.push(`?${encodePart(rng, key)}=${encodePart(rng, value)}`);
  while (out.length < COUNT) {
    const parts = [];
    const n = 1 + Math.floor(rng() * 5);
    for (let i = 0; i < n; i++) {
      const key = KEYS[Math.floor(rng() * KEYS.length)];
      const value = rng() < 0.5 ? HOSTILE[Math.floor(rng() * HOSTILE.length)] : randomText(rng, rng() < 0.05 ? 10_000 : 40);
      parts.push(`${encodePart(rng, key)}=${encodePart(rng, value)}`);
    }
    out.push(`?${parts.join(rng() < 0.9 ? '&' : ';')}`);
  }
  return out;
}

test(`${COUNT} random and hostile links all render the app`, async (t) => {
  const all = links();
  assert.ok(all.length >= COUNT, `${all.length} links`);
  let app;
  let scriptsBefore;
  for (const [i, link] of all.entries()) {
    // A fresh context every 50 links. One tab reloaded hundreds of times runs out of address
    // space for WebAssembly memories before V8 frees the old ones ("Cannot allocate Wasm memory
    // for new instance"): a limit of the test's pattern, not of any link. The harness fails the
    // test on any console error or exception in any of them.
    if (i % LINKS_PER_CONTEXT === 0) {
      app = await open(t, shared.browser, shared.site);
      await app.open();
      scriptsBefore = await app.page.evaluate(() => document.scripts.length);
    }
    await app.page.goto(shared.site.url + link);
    await app.page.waitForSelector('[role=status], .crash');
    const state = await app.page.evaluate(() => ({
      crashed: Boolean(document.querySelector('.crash')),
      timeline: Boolean(document.querySelector('ol.years[aria-label="Timeline"]')),
      status: document.querySelector('[role=status]')?.textContent ?? '',
      scripts: document.scripts.length,
      injected: document.querySelectorAll('[onerror], [onload]:not(body), img[src="x"]').length,
    }));
    assert.deepEqual(
      { ...state, status: /\d+ events/.test(state.status) },
      { crashed: false, timeline: true, status: true, scripts: scriptsBefore, injected: 0 },
      `link ${i}: ${link.slice(0, 120)}`,
    );
  }
});

test('messages posted to the app are ignored', async (t) => {
  const app = await open(t, shared.browser, shared.site);
  await app.open('?country=FI');
  const before = { url: app.page.url(), count: await app.shownCount() };
  await app.page.evaluate(() => {
    const junk = ['hello', '{"type":"ottawa-explorer:height","height":1}', 'pymxPYMxgraphicxPYMxnavigateToxPYMxhttps://evil.example',
      { type: 'ottawa-explorer:activate' }, { type: 'ottawa-explorer:height', height: -1 }, null, 42, [1, 2]];
    for (const message of junk) window.postMessage(message, '*');
  });
  await app.page.waitForTimeout(200);
  assert.deepEqual({ url: app.page.url(), count: await app.shownCount() }, before);
});

test('every link that opens a new tab carries rel="noopener noreferrer"', async (t) => {
  for (const query of ['', '?embed=1']) {
    const app = await open(t, shared.browser, shared.site);
    await app.open(query);
    const unsafe = await app.page.evaluate(() => [...document.querySelectorAll('a[target]')]
      .filter((a) => !/\bnoopener\b/.test(a.rel) || !/\bnoreferrer\b/.test(a.rel))
      .map((a) => a.href));
    assert.deepEqual(unsafe, [], query || 'full app');
  }
});
