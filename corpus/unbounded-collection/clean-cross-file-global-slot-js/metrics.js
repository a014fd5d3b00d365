// The list of drain callbacks lives on the global object (shared by every copy of the module);
// its callers register once, at start-up, so it holds as many callbacks as there are callers.
global.__drainCallbacks = global.__drainCallbacks || [];

function onDrain(callback) {
  global.__drainCallbacks.push(callback);
}

function drain() {
  for (const callback of global.__drainCallbacks) callback();
}

setInterval(drain, 30000).unref();

module.exports = { onDrain, drain };
