// A request-context store keeps the context of every async resource in a module-level Map.
// Node calls `init` for each promise, timer and socket the process makes, and `destroy` when
// the resource is gone: the entry leaves with the resource it was made for.
'use strict';

const asyncHooks = require('async_hooks');

const contextsByResource = new Map();

asyncHooks.createHook({
  init(asyncId, type, triggerAsyncId) {
    const parent = contextsByResource.get(triggerAsyncId);
    if (parent !== undefined) contextsByResource.set(asyncId, parent);
  },
  destroy(asyncId) {
    contextsByResource.delete(asyncId);
  },
}).enable();

function runWithContext(context, fn) {
  contextsByResource.set(asyncHooks.executionAsyncId(), context);
  return fn();
}

function currentContext() {
  return contextsByResource.get(asyncHooks.executionAsyncId());
}

module.exports = { runWithContext, currentContext };
