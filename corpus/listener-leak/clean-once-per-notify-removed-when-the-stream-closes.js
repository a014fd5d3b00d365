'use strict';

const http2 = require('node:http2');

class Notifier {
  constructor(origin) {
    this.origin = origin;
    this.session = null;
  }

  connection() {
    const current = this.session;
    if (current && !current.destroyed) return current;
    const made = http2.connect(this.origin);
    made.on('close', () => {
      if (this.session === made) this.session = null;
    });
    this.session = made;
    return made;
  }

  notify(path, payload) {
    const session = this.connection();
    return new Promise((resolve, reject) => {
      const stream = session.request({ ':method': 'POST', ':path': path });
      session.once('error', reject);
      stream.on('close', () => session.off('error', reject));
      stream.on('response', (headers) => resolve(headers[':status']));
      stream.on('error', reject);
      stream.end(JSON.stringify(payload));
    });
  }
}

module.exports = { Notifier };
