// The same pool takes its 'error' listener off as soon as the acquisition is settled.
const { EventEmitter } = require('events');

class ConnectionPool extends EventEmitter {
  constructor(size) {
    super();
    this.size = size;
    this.idle = [];
    this.on('error', () => {}); // in the constructor: once per pool
  }

  acquire() {
    return new Promise((resolve, reject) => {
      const onError = (err) => reject(err);
      this.once('error', onError);
      const conn = this.idle.pop();
      if (conn) {
        this.removeListener('error', onError);
        resolve(conn);
      }
    });
  }
}

module.exports = ConnectionPool;
