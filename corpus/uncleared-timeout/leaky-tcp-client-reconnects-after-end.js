// A line-protocol client for the pricing engine, one per tenant. Its socket's 'close' always
// reconnects, and `end()` only ends the socket, so an ended client dials again by itself.
const net = require('net');

class PricingClient {
  constructor(host, port) {
    this.host = host;
    this.port = port;
    this.socket = null;
  }

  connect() {
    this.socket = net.connect(this.port, this.host);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line) => this.onLine(line));
    this.socket.on('close', () => {
      setTimeout(() => this.connect(), 1000); // expect: uncleared-timeout
    });
  }

  onLine(line) {
    process.stdout.write(`pricing: ${line}`);
  }

  end() {
    this.socket.end();
  }
}

module.exports = { PricingClient };
