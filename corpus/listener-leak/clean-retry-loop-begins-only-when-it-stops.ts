// Waits for the session with a bounded retry loop, and begins recording (adding its page
// listeners) only on the branch where the loop stops.
(function recorder() {
  const begin = () => {
    document.addEventListener('visibilitychange', () => navigator.sendBeacon('/flush', 'hidden'));
  };

  const waitForSession = (attempts = 0): void => {
    if (attempts > 50) return;
    if ((window as any).session) {
      begin();
    } else {
      setTimeout(() => waitForSession(attempts + 1), 100);
    }
  };

  waitForSession();
})();
