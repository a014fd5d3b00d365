// A page script wires its history and page-show handlers in jQuery's ready callback, which
// runs once per page load, and in a `$(function () {...})` block, which is the same thing.
// A naive matcher sees `window.addEventListener` inside a function.
/* global $ */
$(document).ready(function () {
  window.addEventListener('popstate', (event) => {
    if (event.state && event.state.url) navigate(event.state.url);
  });
});

$(function () {
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) window.location.reload();
  });
});

function navigate(url) {
  window.location.assign(url);
}
