// Registers a handler with whatever options the caller gives.
function subscribeTo(target, type, handler, options) {
  target.addEventListener(type, handler, options);
}

module.exports = { subscribeTo };
