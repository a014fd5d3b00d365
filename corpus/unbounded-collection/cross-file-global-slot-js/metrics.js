// The list of drain callbacks lives on the global object, so that a module loaded twice (a
// test runner, a hot reload) shares it; `onDrain` adds to it and nothing takes anything out.
global.__drainCallbacks = global.__drainCallbacks || [];

function onDrain(callback) {
  global.__drainCallbacks.push(callback);
}

function drain() {
  for (const callback of global.__drainCallbacks) callback();
}

setInterval(drain, 30000).unref();

module.exports = { onDrain, drain };
