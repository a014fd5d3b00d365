// A presence server pings each client and clears the ping interval only from inside its
// own callback, when a pong went missing. A client that disconnects normally fires 'close',
// whose handler forgets to clear it: the interval runs forever, holding the socket and its closure.
const { WebSocketServer } = require('ws');

const clients = new Set();
const wss = new WebSocketServer({ port: 1234 });

function join(socket) {
  clients.add(socket);
  socket.on('close', () => {
    clients.delete(socket);
  });
  let alive = true;
  const ping = setInterval(() => {
    if (!alive) {
      clients.delete(socket);
      socket.terminate();
      clearInterval(ping);
      return;
    }
    alive = false;
    socket.ping();
  }, 30_000);
  socket.on('pong', () => {
    alive = true;
  });
}

wss.on('connection', (socket) => join(socket)); // expect: uncleared-interval
