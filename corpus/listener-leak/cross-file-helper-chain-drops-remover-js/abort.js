// `onAbort` hands back its remover, but `follow` drops it: every call of `follow` leaves a
// listener on the signal it is given.
function onAbort(signal, react) {
  signal.addEventListener('abort', react, { once: true });
  return () => signal.removeEventListener('abort', react);
}

function follow(parent, controller) {
  onAbort(parent, () => controller.abort(parent.reason));
}

module.exports = { onAbort, follow };
