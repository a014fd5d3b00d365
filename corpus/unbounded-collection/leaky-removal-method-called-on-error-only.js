'use strict';
const net = require('node:net');

class Terminals {
  constructor() {
    this.byId = new Map(); // expect: unbounded-collection
    this.next = 0;
  }

  attach(socket) {
    const id = ++this.next;
    this.byId.set(id, { socket, since: Date.now() });
    socket.on('error', () => this.detach(id));
    return id;
  }

  detach(id) {
    this.byId.delete(id);
  }
}

const terminals = new Terminals();
net.createServer((socket) => {
  terminals.attach(socket);
  socket.on('data', (line) => socket.write(line));
}).listen(2323);
