// The module's factory makes one store per name, kept for the life of the process, and
// installs an async hook that fills the store's table; its `destroy` hook deletes by the id
// it is handed.
'use strict';

const hooks = require('async_hooks');

let runningId = -1;

function ContextStore(name) {
  this.name = name;
  this.byResource = new Map();
  this.active = null;
}

ContextStore.prototype.enter = function (context) {
  this.active = context;
  this.byResource.set(hooks.executionAsyncId(), context);
};

function createStore(name) {
  const store = new ContextStore(name);
  hooks.createHook({
    init(asyncId) {
      if (store.active) store.byResource.set(asyncId, store.active);
    },
    destroy(asyncId) {
      runningId = hooks.executionAsyncId();
      store.byResource.delete(asyncId);
    },
  }).enable();
  return store;
}

module.exports = { createStore };
