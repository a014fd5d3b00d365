// The pricing client takes its listeners off the socket before ending it, so the 'close' that
// follows reaches no reconnect, and it clears a reconnect already pending.
const net = require('net');

class PricingClient {
  constructor(host, port) {
    this.host = host;
    this.port = port;
    this.socket = null;
    this.retry = null;
  }

  connect() {
    this.socket = net.connect(this.port, this.host);
    this.socket.setEncoding('utf8');
    this.socket.on('data', (line) => this.onLine(line));
    this.socket.on('close', () => {
      this.retry = setTimeout(() => this.connect(), 1000);
    });
  }

  onLine(line) {
    process.stdout.write(`pricing: ${line}`);
  }

  end() {
    clearTimeout(this.retry);
    this.socket.removeAllListeners('close');
    this.socket.end();
  }
}

module.exports = { PricingClient };
