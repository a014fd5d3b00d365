// A page script: `init` runs on every readystatechange, but a flag lets it set up the click
// tracking only the first time.
(function tracker() {
  let initialized = false;

  const handleClicks = () => {
    document.addEventListener('click', (event: MouseEvent) => navigator.sendBeacon('/t', String(event.target)), true);
  };

  const init = () => {
    if (!initialized) {
      initialized = true;
      handleClicks();
    }
  };

  document.addEventListener('readystatechange', init, true);
})();
