// A library's IIFE installs its entry point on the global object once: the closure it
// stores shares the IIFE's context with the helpers beside it, for the life of the page, as
// intended. Test hooks in an object literal are not a class's methods either.
(function (window) {
  const cache = {};
  function lookup(key) { return cache[key]; }
  window.lib = function (key) { return lookup(key); };
  document.addEventListener('DOMContentLoaded', () => { cache.ready = true; });
})(window);

const hooks = {
  beforeEach(assert) {
    Element.prototype.requestFull = function () { assert.ok(true); };
  },
};

module.exports = { hooks };
