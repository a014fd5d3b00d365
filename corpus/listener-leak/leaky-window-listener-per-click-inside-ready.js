// Inside the ready callback, a click handler adds a resize listener to `window` every time the
// panel opens, and nothing removes it: each click leaves one more, with its panel closure.
/* global $ */
$(document).ready(function () {
  $('#open-panel').on('click', function () {
    const panel = document.getElementById('panel');
    panel.hidden = false;
    window.addEventListener('resize', () => { // expect: listener-leak
      panel.style.height = `${window.innerHeight}px`;
    });
  });
});
