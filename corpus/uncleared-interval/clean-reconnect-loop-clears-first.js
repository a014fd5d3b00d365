// The same reconnect loop, clearing the running interval before it starts the next one: a
// naive matcher sees an interval stored in a field by a method that calls itself again.
const { EventEmitter } = require('events');
const WebSocket = require('ws');

class FeedClient extends EventEmitter {
  connect(url) {
    clearInterval(this.keepAlive);
    this.socket = new WebSocket(url);
    this.keepAlive = setInterval(() => this.socket.ping(), 30000);
    this.socket.on('message', (data) => this.emit('data', data));
    this.socket.on('close', () => setTimeout(() => this.connect(url), 1000));
  }

  close() {
    clearInterval(this.keepAlive);
    this.socket.removeAllListeners('close');
    this.socket.close();
  }
}

module.exports = FeedClient;
