'use strict';
const chokidar = require('chokidar');
const { EventEmitter } = require('node:events');

class ContentWatcher extends EventEmitter {
  constructor(root) {
    super();
    this.root = root;
    this.watcher = null;
  }

  start() {
    if (this.watcher) return this;
    this.watcher = chokidar.watch('content/**/*.md', { cwd: this.root, ignoreInitial: true });
    this.watcher.on('all', (event, file) => this.emit('change', file));
    return this;
  }

  async stop() {
    const watcher = this.watcher;
    this.watcher = null;
    if (watcher) await watcher.close();
  }
}

module.exports = { ContentWatcher };
