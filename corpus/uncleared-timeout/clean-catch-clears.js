// The same client: the catch goes through the helper that also serves the ready path, so the
// deadline is cleared however the attempt ends.
const net = require('node:net');

class BrokerLink {
  constructor(host, port) {
    this.host = host;
    this.port = port;
  }

  open() {
    return new Promise((resolve, reject) => {
      let deadline;
      const settle = (err) => {
        clearTimeout(deadline);
        if (err) reject(err);
        else resolve(this);
      };
      try {
        deadline = setTimeout(() => {
          this.socket.destroy();
          reject(new Error('handshake timed out'));
        }, 30_000);
        this.socket = net.connect({ host: this.host, port: this.port }, () => settle());
      } catch (err) {
        settle(err);
      }
    });
  }
}

module.exports = { BrokerLink };
