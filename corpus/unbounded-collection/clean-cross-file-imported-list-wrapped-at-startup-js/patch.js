// The same utility and list as the leaky case.
const applied = [];

function patch(target, method, hook, log) {
  const original = target[method];
  target[method] = function (...args) {
    hook(...args);
    return original.apply(this, args);
  };
  log.push({ target, method, hook });
}

module.exports = { patch, applied };
