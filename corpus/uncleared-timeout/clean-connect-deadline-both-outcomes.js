// The deadline is cleared on either outcome: connected, or failed.
const net = require('net');

function dial(host, port, done) {
  const socket = net.connect(port, host);
  const deadline = setTimeout(() => {
    socket.destroy(new Error(`connect to ${host}:${port} timed out`));
  }, 10_000);
  socket.once('connect', () => {
    clearTimeout(deadline);
    done(null, socket);
  });
  socket.once('error', (err) => {
    clearTimeout(deadline);
    done(err);
  });
}

module.exports = { dial };
