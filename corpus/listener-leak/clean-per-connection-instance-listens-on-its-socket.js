// A new Connection per accepted socket: `start()` listens on that connection's own socket,
// which goes away with it. Called per connection, but on a different instance each time.
const net = require('net');

class Connection {
  constructor(socket) {
    this.socket = socket;
    this.buffer = '';
  }

  start() {
    this.socket.on('data', (chunk) => {
      this.buffer += chunk;
    });
  }
}

net.createServer((socket) => {
  const connection = new Connection(socket);
  connection.start();
}).listen(9000);
