// The same registry factory, in JavaScript.
'use strict';

function createRegistry() {
  const entries = new Map();
  return {
    register(id, value) {
      entries.set(id, value);
    },
    lookup(id) {
      return entries.get(id);
    },
    release(id) {
      return entries.delete(id);
    },
  };
}

module.exports = { createRegistry };
