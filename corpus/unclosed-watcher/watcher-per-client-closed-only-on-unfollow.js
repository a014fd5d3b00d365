const fs = require('node:fs');
const path = require('node:path');

const LOG_DIR = process.env.LOG_DIR || '/var/log/app';

function attachTail(server) {
  server.on('connection', (client) => {
    const tails = new Map();

    client.on('follow', (name) => {
      if (tails.has(name)) return;
      const file = path.join(LOG_DIR, path.basename(name));
      const watcher = fs.watch(file, () => client.emit('changed', name)); // expect: unclosed-watcher
      tails.set(name, watcher);
    });

    client.on('unfollow', (name) => {
      const watcher = tails.get(name);
      if (watcher) {
        watcher.close();
        tails.delete(name);
      }
    });

    client.on('disconnect', (reason) => {
      console.log('tail client left', reason, tails.size);
    });
  });
}

module.exports = { attachTail };
