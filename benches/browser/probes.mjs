// Scripts injected into the app's page before any of its own (page.addInitScript, which the
// page's CSP does not apply to). Each is serialized by Playwright, so each is self-contained.
// All times are the page's performance.now(): ms since navigation start.

/**
 * Records window.__firstEvent once an event card (li[data-event-id]) is inside the viewport:
 * checked on every DOM change, then layout is forced and the next frame awaited, the same
 * "rendered" as the competitor pages (page-common.js).
 */
export function firstEventProbe() {
  const inViewport = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
      && r.top < innerHeight && r.left < innerWidth;
  };
  // The list is in date order and virtualized, so the first cards are the likely visible ones;
  // stop at the first visible one.
  const visibleCard = () => {
    for (const li of document.querySelectorAll('li[data-event-id]')) if (inViewport(li)) return li;
    return null;
  };
  const observer = new MutationObserver(() => {
    if (!visibleCard()) return; // visibleCard() has forced layout already
    observer.disconnect();
    const detected = performance.now();
    requestAnimationFrame(() => setTimeout(() => {
      const at = performance.now();
      window.__firstEvent = { detected, at, epoch: performance.timeOrigin + at };
    }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * Keystroke- and click-to-DOM latency, measured inside the page:
 * - start: performance.now() in a capture-phase listener (document) for `input` on
 *   #search-input or `click` on a checkbox, so before the app's own handler runs;
 * - end: the first MutationObserver callback on the timeline list (ol.years) after that, with
 *   layout forced (document.body.offsetHeight) before the timestamp.
 * If the app defers its update with a timer (a debounce), the timers it set while handling the
 * event are tracked: the mutation that one of them causes still counts, and `timerFired` tells
 * when it fired (so the report can separate waiting from work).
 * If nothing changes in the DOM, the sample is kept with mutated: false and end at the first
 * task after the event (a setTimeout(0) scheduled by the capture listener), as handled time.
 * Samples go to window.__lat.samples; __lat.attach() starts observing once the app is up.
 */
export function latencyProbe() {
  const realSetTimeout = window.setTimeout.bind(window);
  const realClearTimeout = window.clearTimeout.bind(window);
  const lat = (window.__lat = { samples: [], pending: null, attach });
  const tagged = new Set(); // timers the app set while handling the pending event, not yet run

  function settle(mutated, end) {
    const p = lat.pending;
    lat.pending = null;
    lat.samples.push({
      kind: p.kind,
      start: p.start,
      end,
      ms: end - p.start,
      mutated,
      timerFired: p.timerFired ?? null,
      viaTimer: mutated && p.inTimer === true,
    });
  }

  // Fallback once the event and every timer it caused have run without touching the DOM.
  function checkUnchanged() {
    const p = lat.pending;
    if (p && !p.collecting && tagged.size === 0) settle(false, p.handled);
  }

  window.setTimeout = function (fn, delay, ...args) {
    const p = lat.pending;
    if (!p || !p.collecting || typeof fn !== 'function') return realSetTimeout(fn, delay, ...args);
    const id = realSetTimeout(function () {
      tagged.delete(id);
      const current = lat.pending;
      if (current === p) {
        p.timerFired = performance.now();
        p.inTimer = true;
      }
      try {
        return fn.apply(this, arguments);
      } finally {
        // The MutationObserver callback runs at the microtask checkpoint right after this
        // task, so inTimer is still set when it does; the check runs a task later.
        queueMicrotask(() => queueMicrotask(() => { if (current === p) p.inTimer = false; }));
        realSetTimeout(checkUnchanged, 0);
      }
    }, delay, ...args);
    tagged.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    tagged.delete(id);
    return realClearTimeout(id);
  };

  function arm(kind) {
    if (lat.pending) settle(false, performance.now()); // never expected: node waits per sample
    const p = { kind, start: performance.now(), collecting: true };
    lat.pending = p;
    // The first task after the event: everything its handlers did synchronously is done.
    realSetTimeout(() => {
      p.collecting = false;
      p.handled = performance.now();
      // One frame more, in case the app updates in requestAnimationFrame.
      requestAnimationFrame(() => realSetTimeout(checkUnchanged, 0));
    }, 0);
  }

  document.addEventListener('input', (e) => {
    if (e.target.id === 'search-input') arm('search');
  }, true);
  document.addEventListener('click', (e) => {
    if (e.target.matches?.('input[type=checkbox]')) arm('facet');
  }, true);

  function attach() {
    const observer = new MutationObserver(() => {
      if (!lat.pending) return;
      document.body.offsetHeight; // force layout, so the time includes it
      settle(true, performance.now());
    });
    // The list only: the status line may change first (a cheap text update) or later (it
    // holds still while a search is typed, for screen readers), and either way it is not the
    // update the reader is waiting for.
    const targets = [document.querySelector('ol.years')].filter(Boolean);
    for (const target of targets) {
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    return targets.length;
  }
}

/**
 * Keeps every WebAssembly.Memory the page instantiates, so its size can be reported: a Wasm
 * memory is counted neither in the JS heap nor in the ArrayBuffer backing stores that CDP
 * reports (checked in Chromium 156), so without this a Rust app's data would be invisible.
 * window.__wasmMemoryBytes() sums their current sizes (linear memory only grows).
 */
export function wasmMemoryProbe() {
  const memories = new Set();
  const keep = (exports) => {
    for (const value of Object.values(exports ?? {})) if (value instanceof WebAssembly.Memory) memories.add(value);
  };
  const { instantiate, instantiateStreaming, Memory } = WebAssembly;
  WebAssembly.instantiate = async function (...args) {
    const result = await instantiate.apply(this, args);
    keep((result.instance ?? result).exports);
    return result;
  };
  WebAssembly.instantiateStreaming = async function (...args) {
    const result = await instantiateStreaming.apply(this, args);
    keep(result.instance.exports);
    return result;
  };
  // Memories created in JS and imported by the module.
  WebAssembly.Memory = new Proxy(Memory, {
    construct(target, args) {
      const memory = new target(...args);
      memories.add(memory);
      return memory;
    },
  });
  window.__wasmMemoryBytes = () => [...memories].reduce((sum, m) => sum + m.buffer.byteLength, 0);
}
