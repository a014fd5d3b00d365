// The same choice of ready event, with the deadline cleared on the error too.
const net = require('net');
const tls = require('tls');

function open(host, port, secure, ms) {
  return new Promise((resolve, reject) => {
    const socket = secure ? tls.connect({ host, port }) : net.connect({ host, port });
    const ready = secure ? 'secureConnect' : 'connect';
    const deadline = setTimeout(() => socket.destroy(new Error('connect timed out')), ms);
    socket.once(ready, () => {
      clearTimeout(deadline);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(deadline);
      reject(err);
    });
  });
}

module.exports = { open };
