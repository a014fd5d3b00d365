// A generic helper: registers the listener on whatever emitter it is handed.
function subscribe(emitter, event, fn) {
  emitter.on(event, fn);
}

module.exports = { subscribe };
