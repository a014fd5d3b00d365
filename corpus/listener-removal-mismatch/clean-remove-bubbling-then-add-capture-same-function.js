// A module (re)binds its document handler every time the page changes: the removal of the
// bubbling phase finds nothing, but the capture-phase add of the same function reference is
// ignored by the DOM when it is already there, so there is only ever one.
function handleIntent(event) {
  const link = event.target.closest('a[data-intent]');
  if (link) window.dispatchEvent(new CustomEvent('intent', { detail: link.dataset.intent }));
}

export function bindIntents() {
  document.removeEventListener('click', handleIntent);
  document.addEventListener('click', handleIntent, true);
}
