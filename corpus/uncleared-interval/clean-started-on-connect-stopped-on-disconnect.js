'use strict';

const { io } = require('socket.io-client');

class PresenceClient {
  constructor(url) {
    this.socket = io(url);
    this.heartbeat = null;
    this.socket.on('connect', () => this.beginHeartbeat());
    this.socket.on('disconnect', () => this.endHeartbeat());
  }

  beginHeartbeat() {
    this.heartbeat = setInterval(() => this.socket.emit('presence:ping'), 25000);
  }

  endHeartbeat() {
    clearInterval(this.heartbeat);
    this.heartbeat = null;
  }
}

module.exports = { PresenceClient };
