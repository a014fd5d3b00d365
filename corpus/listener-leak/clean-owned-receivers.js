// The instance creates its socket and its watcher: emitter and listener die together.
const net = require('net');
const chokidar = require('chokidar');

class Connection {
  constructor(port, host) {
    this.buffer = [];
    this.socket = net.connect(port, host);
    this.socket.on('data', (chunk) => this.buffer.push(chunk));
    this.socket.on('error', (err) => this.fail(err));
    this.watcher = chokidar.watch('/etc/app').on('all', () => this.reload());
  }

  fail(err) {
    console.error(err);
    this.socket.destroy();
    this.watcher.close();
  }

  reload() {}
}

module.exports = Connection;
