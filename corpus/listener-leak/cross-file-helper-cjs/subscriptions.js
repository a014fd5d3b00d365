// Helpers that register on whatever emitter they are given. Whether that leaks is decided
// where they are called (routes.js), not here.
function subscribe(emitter, event, handler) {
  emitter.on(event, handler);
}

function follow(emitter, handler) {
  subscribe(emitter, 'tick', handler);
}

function watch(emitter, handler) {
  emitter.on('price', handler);
  return () => emitter.off('price', handler);
}

function once(emitter, event, handler) {
  const wrapped = (...args) => {
    emitter.removeListener(event, wrapped);
    handler(...args);
  };
  emitter.on(event, wrapped);
}

module.exports = { subscribe, follow, watch, once };
