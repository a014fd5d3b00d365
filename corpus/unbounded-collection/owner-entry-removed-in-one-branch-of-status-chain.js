// A build farm keeps one coordinator. A build that starts gets a log buffer; the branch for a
// passing build flushes and drops it, the branches for failed and aborted builds only report.
'use strict';

const { EventEmitter } = require('events');

class BuildCoordinator extends EventEmitter {
  constructor(store) {
    super();
    this.store = store;
    this.logs = new Map(); // expect: unbounded-collection
  }

  onStatus(update) {
    if (update.status === 'started') {
      this.logs.set(update.buildId, []);
    } else if (update.status === 'log') {
      const lines = this.logs.get(update.buildId);
      if (lines) lines.push(update.line);
    } else if (update.status === 'passed') {
      this.store.save(update.buildId, this.logs.get(update.buildId));
      this.logs.delete(update.buildId);
      this.emit('passed', update.buildId);
    } else if (update.status === 'failed') {
      this.emit('failed', update.buildId, update.reason);
    } else if (update.status === 'aborted') {
      this.emit('aborted', update.buildId);
    }
  }
}

module.exports = { BuildCoordinator };
