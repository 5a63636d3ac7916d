// Registers the service worker and offers a waiting update politely. A file, not an inline
// script, so the app runs under a Content Security Policy without 'unsafe-inline'.
(() => {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // Whether this page is already served by a worker: only then does a change of worker mean
  // an update that needs a reload (the first install just takes over quietly).
  let controlled = Boolean(container.controller);
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      window.location.reload();
    }
    controlled = true;
  });

  function offer(registration) {
    if (document.querySelector('.update-notice')) return;
    const notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('aria-live', 'polite');
    const text = document.createElement('span');
    text.textContent = 'New version available.';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Reload';
    // Ask whichever worker is waiting now: a newer deployment may have replaced the first.
    button.addEventListener('click', () => registration.waiting?.postMessage('ottawa-explorer:activate'));
    notice.append(text, ' ', button);
    document.body.append(notice);
  }

  function track(registration, worker) {
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(registration);
    });
  }

  function watch(registration) {
    if (!registration) return; // some embedders stub the API out
    if (registration.waiting && container.controller) offer(registration);
    // An update may already be installing, found before this script ran.
    track(registration, registration.installing);
    registration.addEventListener('updatefound', () => track(registration, registration.installing));
  }

  // Storage may be refused (private modes, some third-party iframes); the app works without.
  container.register('./sw.js').then(watch, () => {});
})();
