// Registers the service worker (offline use) and drives the update notice.
// When a new release has installed and waits, <html data-update="ready"> is set and the event
// `adoptieplanner:update-ready` fires on window; the app shows a notice. Its button fires
// `adoptieplanner:update-apply`, after which the new release takes over and the page reloads once.
if ('serviceWorker' in navigator && window.isSecureContext) {
  const scope = `${document.documentElement.dataset.base || ''}/`;
  let applying = false;

  const announce = (registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) {
      document.documentElement.dataset.update = 'ready';
      window.dispatchEvent(new Event('adoptieplanner:update-ready'));
    }
  };

  const register = () => navigator.serviceWorker.register(`${scope}sw.js`, { scope }).then((registration) => {
    announce(registration);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (worker) worker.addEventListener('statechange', () => worker.state === 'installed' && announce(registration));
    });
  }).catch(() => {
    // Without a service worker the planner still works; it just needs the network.
  });
  // After the page has loaded and the app has started (its loader waits for the first paint), so
  // that caching the release does not download the app a second time alongside the first start.
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', resolve, { once: true });
  });
  const started = new Promise((resolve) => {
    if (window.wasmBindings) resolve();
    else window.addEventListener('TrunkApplicationStarted', resolve, { once: true });
    // A browser that cannot start the app still gets the worker.
    setTimeout(resolve, 10000);
  });
  Promise.all([loaded, started]).then(register);

  window.addEventListener('adoptieplanner:update-apply', async () => {
    const registration = await navigator.serviceWorker.getRegistration(scope);
    if (registration && registration.waiting) {
      applying = true;
      registration.waiting.postMessage({ type: 'adoptieplanner:skip-waiting' });
    }
  });

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) window.location.reload();
  });
}
