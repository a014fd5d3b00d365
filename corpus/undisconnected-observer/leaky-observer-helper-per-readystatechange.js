// A page script: `init` runs on every readystatechange and starts a performance observer each
// time, none of them ever disconnected.
(function vitals() {
  const observePaint = () => {
    const observer = new PerformanceObserver((list) => navigator.sendBeacon('/vitals', JSON.stringify(list.getEntries())));
    observer.observe({ type: 'largest-contentful-paint', buffered: true });
  };

  const init = () => {
    observePaint(); // expect: undisconnected-observer
  };

  document.addEventListener('readystatechange', init);
})();
