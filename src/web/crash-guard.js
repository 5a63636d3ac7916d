// If the app dies, say so and offer a way back, instead of leaving a frozen or blank page. A
// Rust panic in a release build aborts as a WebAssembly trap (RuntimeError); a broken download
// fails to compile or link. Before the app has mounted, any uncaught error means it could not
// start: the WASM failed to download (TypeError), or the tab ran out of address space for its
// memory (RangeError, seen after many reloads in one tab). Either way nothing in the WASM can
// run any more, so this lives in its own small file (not inline: the Content Security Policy
// forbids inline script).
(() => {
  const APP_ROOT_ID = 'ottawa-explorer';
  const mounted = () => document.getElementById(APP_ROOT_ID) !== null;
  const fatal = (error) => !mounted()
    || error instanceof WebAssembly.RuntimeError
    || error instanceof WebAssembly.CompileError
    || error instanceof WebAssembly.LinkError;

  /** This page without its filters; an embed stays an embed (and keeps pym's id). */
  function resetLink() {
    const current = new URLSearchParams(location.search);
    const kept = new URLSearchParams();
    for (const key of ['embed', 'childId']) {
      if (current.has(key)) kept.set(key, current.get(key));
    }
    const query = kept.toString();
    return location.pathname + (query ? `?${query}` : '');
  }

  function showCrash() {
    if (document.querySelector('.crash')) return;
    const box = document.createElement('div');
    box.className = 'crash';
    box.setAttribute('role', 'alert');
    const message = document.createElement('p');
    message.textContent = 'Sorry, something went wrong while showing this view.';
    const reset = document.createElement('a');
    reset.href = resetLink();
    reset.textContent = 'Reset filters and start again';
    box.append(message, reset);
    const app = document.getElementById(APP_ROOT_ID);
    if (app) app.replaceWith(box);
    else document.body.prepend(box);
  }

  addEventListener('error', (event) => fatal(event.error) && showCrash());
  addEventListener('unhandledrejection', (event) => fatal(event.reason) && showCrash());
})();
