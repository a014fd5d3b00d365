'use strict';

const net = require('node:net');

class WorkerLink {
  constructor(port) {
    this.socket = net.connect(port);
    WorkerLink.open.push(this);
  }

  send(line) {
    this.socket.write(`${line}\n`);
  }

  close() {
    this.socket.end();
  }

  static closeAll() {
    for (const link of [...WorkerLink.open]) link.close();
    WorkerLink.open = [];
  }
}

WorkerLink.open = [];

module.exports = { WorkerLink };
