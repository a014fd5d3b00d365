// A broker client arms a handshake deadline, cleared when the socket reports ready. If opening
// the socket throws, the catch rejects the attempt but leaves the deadline pending: every failed
// reconnect keeps the client's attempt (and its closures) alive for another thirty seconds.
const net = require('node:net');

class BrokerLink {
  constructor(host, port) {
    this.host = host;
    this.port = port;
  }

  open() {
    return new Promise((resolve, reject) => {
      let deadline;
      const onReady = () => {
        clearTimeout(deadline);
        resolve(this);
      };
      try {
        deadline = setTimeout(() => { // expect: uncleared-timeout
          this.socket.destroy();
          reject(new Error('handshake timed out'));
        }, 30_000);
        this.socket = net.connect({ host: this.host, port: this.port }, onReady);
      } catch (err) {
        reject(err);
      }
    });
  }
}

module.exports = { BrokerLink };
