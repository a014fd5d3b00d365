const chokidar = require('chokidar');

class LiveReload {
  constructor() {
    this.clients = new Map();
    this.sweep = setInterval(() => this.dropIdle(), 60000);
  }

  attach(id, dir, send) {
    const entry = { seen: Date.now(), watcher: chokidar.watch(dir, { ignoreInitial: true }) }; // expect: unclosed-watcher
    entry.watcher.on('change', (path) => send({ type: 'reload', path }));
    this.clients.set(id, entry);
  }

  touch(id) {
    const entry = this.clients.get(id);
    if (entry) entry.seen = Date.now();
  }

  dropIdle() {
    const cutoff = Date.now() - 5 * 60000;
    for (const [id, entry] of this.clients) {
      if (entry.seen < cutoff) this.clients.delete(id);
    }
  }

  close() {
    clearInterval(this.sweep);
    for (const entry of this.clients.values()) entry.watcher.close();
    this.clients.clear();
  }
}

module.exports = new LiveReload();
