// The same server: the 'close' handler clears the ping interval too, so a normal disconnect
// stops it as well as a missed pong does.
const { WebSocketServer } = require('ws');

const clients = new Set();
const wss = new WebSocketServer({ port: 1234 });

function join(socket) {
  clients.add(socket);
  let alive = true;
  const ping = setInterval(() => {
    if (!alive) {
      socket.terminate();
      clearInterval(ping);
      return;
    }
    alive = false;
    socket.ping();
  }, 30_000);
  socket.on('close', () => {
    clients.delete(socket);
    clearInterval(ping);
  });
  socket.on('pong', () => {
    alive = true;
  });
}

wss.on('connection', (socket) => join(socket));
