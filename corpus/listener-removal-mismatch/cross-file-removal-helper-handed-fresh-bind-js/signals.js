'use strict';
// Small helpers over AbortSignal listeners.
function whenAborted(signal, react) {
  signal.addEventListener('abort', react);
}

function stopWatching(signal, react) {
  signal.removeEventListener('abort', react);
}

module.exports = { whenAborted, stopWatching };
