'use strict';
const net = require('net');

// A small pool of persistent connections to the render sidecar.
class SidecarPool {
  constructor(port, size = 4) {
    this.free = [];
    this.waiting = [];
    for (let i = 0; i < size; i++) this.free.push(net.connect(port));
  }

  send(payload) {
    return new Promise((resolve, reject) => {
      this.waiting.push({ payload, resolve, reject });
      this.pump();
    });
  }

  pump() {
    while (this.free.length && this.waiting.length) {
      this.exchange(this.free.shift(), this.waiting.shift());
    }
  }

  exchange(socket, job) {
    socket.once('error', (err) => { // expect: listener-leak
      socket.destroy();
      job.reject(err);
    });
    socket.once('data', (chunk) => {
      this.free.push(socket);
      job.resolve(chunk);
      this.pump();
    });
    socket.write(JSON.stringify(job.payload) + '\n');
  }
}

module.exports = { SidecarPool };
