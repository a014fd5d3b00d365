// The pool lends an idle connection when it has one, or opens a new one. Each borrow adds an
// 'error' listener for its caller, and `giveBack()` puts the connection back with it still on.
'use strict';
const net = require('node:net');

class LinePool {
  constructor(port) {
    this.port = port;
    this.idle = [];
  }

  async borrow(onFailure) {
    const conn = this.idle.pop() ?? net.connect(this.port);
    conn.once('error', onFailure); // expect: listener-leak
    return conn;
  }

  giveBack(conn) {
    if (!conn.destroyed) this.idle.push(conn);
  }
}

module.exports = { LinePool };
