'use strict';

const net = require('node:net');

// Talks to the local metrics agent over one long-lived socket.
class AgentLink {
  constructor(port) {
    this.port = port;
    this.socket = null;
  }

  link() {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect(this.port);
    socket.on('error', () => socket.destroy());
    this.socket = socket;
    return socket;
  }

  fetchReport(name) {
    const socket = this.link();
    return new Promise((resolve, reject) => {
      const onClose = () => reject(new Error('agent link closed'));
      socket.once('close', onClose);
      const reply = net.connect(this.port + 1);
      let text = '';
      reply.on('data', (chunk) => { text += chunk; });
      reply.on('end', () => resolve(text));
      reply.on('error', reject);
      reply.on('close', () => socket.off('close', onClose));
      socket.write(`REPORT ${name}\n`);
    });
  }
}

module.exports = { AgentLink };
