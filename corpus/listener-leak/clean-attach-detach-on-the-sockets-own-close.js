// `track()` adds listeners to each new connection and `untrack()` only updates the counters,
// but `untrack()` runs when that connection closes: the socket goes, and its listeners with it.
const net = require('net');

class ConnectionStats {
  constructor() {
    this.open = 0;
    this.bytes = 0;
  }

  track(socket) {
    this.open += 1;
    socket.on('data', (chunk) => { this.bytes += chunk.length; });
    socket.on('close', () => this.untrack(socket));
  }

  untrack(socket) {
    this.open -= 1;
    console.log(`closed ${socket.remoteAddress}; ${this.open} open`);
  }
}

const stats = new ConnectionStats();
net.createServer((socket) => stats.track(socket)).listen(7070);
