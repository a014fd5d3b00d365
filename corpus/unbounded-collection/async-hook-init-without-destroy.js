// A request-context store keeps the context of every async resource in a module-level Map.
// Node calls `init` for each promise, timer and socket the process makes; with no `destroy`
// hook the Map keeps one context per resource for good.
'use strict';

const asyncHooks = require('async_hooks');

const contextsByResource = new Map(); // expect: unbounded-collection

asyncHooks.createHook({
  init(asyncId, type, triggerAsyncId) {
    const parent = contextsByResource.get(triggerAsyncId);
    if (parent !== undefined) contextsByResource.set(asyncId, parent);
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
