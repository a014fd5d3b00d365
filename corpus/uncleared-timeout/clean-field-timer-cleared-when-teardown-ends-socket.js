// The same in plain JavaScript: close() ends the socket, and its 'close' listener clears the
// idle timer that only activity otherwise resets.
'use strict';

class Connection {
  constructor(socket, idleMs) {
    this.socket = socket;
    this.idleMs = idleMs;
    this.idleTimer = null;
    socket.on('data', () => this.touch());
    socket.on('close', () => this.stopIdleTimer());
  }

  touch() {
    this.stopIdleTimer();
    this.idleTimer = setTimeout(() => this.socket.end(), this.idleMs);
  }

  stopIdleTimer() {
    clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  close() {
    this.socket.destroy();
  }
}

module.exports = { Connection };
