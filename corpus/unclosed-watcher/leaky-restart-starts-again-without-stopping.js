// A restart starts again without stopping: the watcher stored before is lost, still open, and
// only the last one can ever be closed.
'use strict';
const chokidar = require('chokidar');

class PreviewServer {
  constructor(paths) {
    this.paths = paths;
  }

  start() {
    this.watcher = chokidar.watch(this.paths, { ignoreInitial: true }); // expect: unclosed-watcher
    this.watcher.on('change', () => this.restart());
  }

  async restart() {
    this.start();
  }

  async stop() {
    const current = this.watcher;
    this.watcher = null;
    if (current) await current.close();
  }
}

module.exports = { PreviewServer };
