'use strict';

const net = require('net');

class QueueDepthProbe {
  constructor(queue, onDepth) {
    this.queue = queue;
    this.onDepth = onDepth;
    this.timer = null;
  }

  begin() {
    this.arm(0);
  }

  arm(delay) {
    this.timer = setTimeout(() => this.sample(), delay); // expect: uncleared-timeout
  }

  async sample() {
    let depth = -1;
    try {
      depth = await this.queue.depth();
    } catch (err) {
      depth = -1;
    }
    if (this.onDepth) this.onDepth(depth);
    this.arm(1000);
  }

  stop() {
    this.onDepth = null;
  }
}

function serveDepth(queue) {
  return net.createServer((socket) => {
    const probe = new QueueDepthProbe(queue, (depth) => socket.write(`${depth}\n`));
    probe.begin();
    socket.on('close', () => probe.stop());
  });
}

module.exports = { serveDepth };
