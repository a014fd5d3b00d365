// The twin: a plain TCP socket connects once; its 'connect' handler runs once per socket.
'use strict';
const net = require('net');

class Presence {
  constructor(host, port, id) {
    this.id = id;
    this.socket = net.connect({ host, port });
    this.socket.on('connect', () => this.announce());
    this.socket.on('close', () => clearInterval(this.beat));
  }

  announce() {
    this.beat = setInterval(() => this.socket.write(`online ${this.id}\n`), 15000);
  }

  close() {
    clearInterval(this.beat);
    this.socket.end();
  }
}

module.exports = { Presence };
