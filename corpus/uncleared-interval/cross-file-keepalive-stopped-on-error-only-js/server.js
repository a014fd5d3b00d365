// The timer is stopped when the socket fails, but a socket that closes normally never
// emits 'error': its timer pings a dead socket, and keeps it, for good.
const { WebSocketServer } = require('ws');
const { startKeepalive, stopKeepalive } = require('./keepalive');

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (socket) => {
  const timer = startKeepalive(socket, 30_000); // expect: uncleared-interval
  socket.on('message', (data) => socket.send(data));
  socket.on('error', () => stopKeepalive(timer));
});
