// A build farm keeps one coordinator. A build that starts gets a log buffer, and every branch
// that ends a build (passed, failed, aborted) saves and drops it first.
'use strict';

const { EventEmitter } = require('events');

class BuildCoordinator extends EventEmitter {
  constructor(store) {
    super();
    this.store = store;
    this.logs = new Map();
  }

  onStatus(update) {
    if (update.status === 'started') {
      this.logs.set(update.buildId, []);
    } else if (update.status === 'log') {
      const lines = this.logs.get(update.buildId);
      if (lines) lines.push(update.line);
    } else {
      this.store.save(update.buildId, this.logs.get(update.buildId));
      this.logs.delete(update.buildId);
      this.emit(update.status, update.buildId, update.reason);
    }
  }
}

module.exports = { BuildCoordinator };
