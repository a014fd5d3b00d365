// A pool waits for a connection by listening on itself for every acquisition. The 'error'
// listener is never taken off when the acquisition succeeds, so each one stays, with its
// reject function and everything that closes over, until the pool errors, which may be never.
const { EventEmitter } = require('events');

class ConnectionPool extends EventEmitter {
  constructor(size) {
    super();
    this.size = size;
    this.idle = [];
  }

  acquire() {
    return new Promise((resolve, reject) => {
      this.once('error', reject); // expect: listener-leak
      const conn = this.idle.pop();
      if (conn) resolve(conn);
    });
  }
}

module.exports = ConnectionPool;
