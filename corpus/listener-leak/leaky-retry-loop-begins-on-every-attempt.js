// Waits for the session with a retry loop, but adds the page listener on every attempt, before
// it knows whether to go round again.
(function recorder() {
  const begin = () => {
    document.addEventListener('visibilitychange', () => navigator.sendBeacon('/flush', 'hidden'));
  };

  const waitForSession = () => {
    begin();
    if (!window.session) setTimeout(() => waitForSession(), 100); // expect: listener-leak
  };

  waitForSession();
})();
