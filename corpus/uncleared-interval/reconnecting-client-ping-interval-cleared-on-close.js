// The same feed, in JavaScript: a connection that closes stops its own ping first.
const WebSocket = require('ws');

class Feed {
  constructor(url) {
    this.url = url;
    this.stopped = false;
  }

  start() {
    this.stopped = false;
    this.connect();
  }

  connect() {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on('open', () => {
      this.ping = setInterval(() => socket.ping(), 15000);
    });
    socket.on('close', () => {
      clearInterval(this.ping);
      if (!this.stopped) this.retry = setTimeout(() => this.connect(), 2000);
    });
  }

  stop() {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.ping);
    if (this.socket) this.socket.close();
  }
}

module.exports = { Feed };
