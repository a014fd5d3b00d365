// A fixed set of upstream connections used in turn: every call adds an 'error' listener to the
// connection it picks, which stays in the set, and nothing ever takes the listener off.
'use strict';
const net = require('node:net');

class Upstreams {
  constructor(hosts) {
    this.conns = [];
    for (const host of hosts) this.conns.push(net.connect(6379, host));
    this.turn = 0;
  }

  send(command, onFailure) {
    const conn = this.conns[this.turn++ % this.conns.length];
    conn.on('error', (err) => onFailure(command, err)); // expect: listener-leak
    conn.write(command + '\r\n');
  }
}

module.exports = { Upstreams };
