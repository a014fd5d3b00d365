// A tiny method-patching utility: it records every patch it makes, in the module's own list
// unless the caller hands one in, so that a test can undo them. Nothing here ever empties it.
const patches = [];

function patch(target, method, before, list = patches) {
  const original = target[method];
  list.push({ target, method, original });
  target[method] = function (...args) {
    before(...args);
    return original.apply(this, args);
  };
}

module.exports = { patch, patches };
