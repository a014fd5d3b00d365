// The same set listens for errors once per connection, when it opens them, and looks the
// failed commands up in a table it prunes.
'use strict';
const net = require('node:net');

class Upstreams {
  constructor(hosts, onFailure) {
    this.conns = [];
    for (const host of hosts) {
      const conn = net.connect(6379, host);
      conn.on('error', (err) => onFailure(host, err));
      this.conns.push(conn);
    }
    this.turn = 0;
  }

  send(command) {
    const conn = this.conns[this.turn++ % this.conns.length];
    conn.write(command + '\r\n');
  }
}

module.exports = { Upstreams };
