// A dialer gives each connection attempt ten seconds. The deadline is cleared when the socket
// connects, but a refused connection emits 'error' at once and leaves the deadline pending,
// with the socket and the callback, for the full ten seconds: a retry loop piles them up.
const net = require('net');

function dial(host, port, done) {
  const socket = net.connect(port, host);
  const deadline = setTimeout(() => { // expect: uncleared-timeout
    socket.destroy(new Error(`connect to ${host}:${port} timed out`));
  }, 10_000);
  socket.once('connect', () => {
    clearTimeout(deadline);
    done(null, socket);
  });
  socket.once('error', (err) => done(err));
}

module.exports = { dial };
