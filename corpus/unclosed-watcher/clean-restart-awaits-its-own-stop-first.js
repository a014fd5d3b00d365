// A dev server's asset watcher is restarted on every config change: the restart waits for its
// own stop() to close the running watcher, then starts the next one in the same field.
const chokidar = require('chokidar');
const { EventEmitter } = require('node:events');

class AssetWatcher extends EventEmitter {
  constructor() {
    super();
    this.watcher = null;
  }

  async restart(globs) {
    await this.stop();
    this.watcher = chokidar.watch(globs, { ignoreInitial: true });
    this.watcher.on('all', (event, file) => this.emit('asset', { event, file }));
  }

  async stop() {
    const current = this.watcher;
    this.watcher = null;
    if (current) await current.close();
  }
}

module.exports = { AssetWatcher };
