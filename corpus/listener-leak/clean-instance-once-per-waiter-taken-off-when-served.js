// The twin: each waiter keeps its 'error' listener, and the pool takes it off when the waiter
// is served; destroy() still clears whatever is left.
'use strict';
const { EventEmitter } = require('node:events');

class ConnectionPool extends EventEmitter {
  constructor() {
    super();
    this.idle = [];
    this.waiters = [];
  }

  acquire() {
    const socket = this.idle.pop();
    if (socket) return Promise.resolve(socket);
    return new Promise((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.once('error', reject);
    });
  }

  release(socket) {
    const next = this.waiters.shift();
    if (next) {
      this.off('error', next.reject);
      next.resolve(socket);
    } else {
      this.idle.push(socket);
    }
  }

  destroy() {
    for (const socket of this.idle.splice(0)) socket.destroy();
    this.waiters.length = 0;
    this.removeAllListeners();
  }
}

module.exports = { ConnectionPool };
