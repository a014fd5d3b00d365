// A page script: `init` runs on every readystatechange and sets up the click tracking each
// time, so each change of state adds one more click listener.
(function tracker() {
  const handleClicks = () => {
    document.addEventListener('click', (event) => navigator.sendBeacon('/t', String(event.target)), true);
  };

  const init = () => {
    handleClicks(); // expect: listener-leak
  };

  document.addEventListener('readystatechange', init, true);
})();
