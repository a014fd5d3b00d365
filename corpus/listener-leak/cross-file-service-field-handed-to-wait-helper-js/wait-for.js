'use strict';

function waitFor(emitter, event, matches, timeoutMs) {
  return new Promise((resolve, reject) => {
    const onEvent = (payload) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      emitter.removeListener(event, onEvent);
      resolve(payload);
    };
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    emitter.on(event, onEvent);
  });
}

module.exports = { waitFor };
