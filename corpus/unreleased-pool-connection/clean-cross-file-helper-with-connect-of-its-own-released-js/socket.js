const net = require('net');

function dial(port) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, () => resolve(socket));
    socket.once('error', reject);
  });
}

module.exports = { dial };
