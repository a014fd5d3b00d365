// `whenReady(emitter, fn)`: a `once` for 'ready', which the emitter sends on every reload, so
// each waiting callback is consumed by the next one.
function whenReady(emitter, fn) {
  emitter.once("ready", fn);
}

module.exports = { whenReady };
