// The same in one file: stop() closes the watcher through a local before start() stores anew.
'use strict';
const chokidar = require('chokidar');

class PreviewServer {
  constructor(paths) {
    this.paths = paths;
  }

  start() {
    this.watcher = chokidar.watch(this.paths, { ignoreInitial: true });
    this.watcher.on('change', () => this.restart());
  }

  async restart() {
    await this.stop();
    this.start();
  }

  async stop() {
    const current = this.watcher;
    this.watcher = null;
    if (current) await current.close();
  }
}

module.exports = { PreviewServer };
