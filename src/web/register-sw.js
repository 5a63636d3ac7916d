// Registers the service worker and offers a waiting update politely. A file, not an inline
// script, so the app runs under a Content Security Policy without 'unsafe-inline'.
(() => {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // Only an update replaces a controller; the first install must not reload the page.
  const updating = Boolean(container.controller);
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (updating && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });

  function offer(worker) {
    if (document.querySelector('.update-notice')) return;
    const notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('aria-live', 'polite');
    const text = document.createElement('span');
    text.textContent = 'New version available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    button.addEventListener('click', () => worker.postMessage('ottawa-explorer:activate'));
    notice.append(text, ' ', button);
    document.body.append(notice);
  }

  function watch(registration) {
    if (!registration) return; // some embedders stub the API out
    if (registration.waiting && container.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) offer(worker);
      });
    });
  }

  // Storage may be refused (private modes, some third-party iframes); the app works without.
  container.register('./sw.js').then(watch, () => {});
})();
