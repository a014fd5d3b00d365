// The same server stops the timer on 'close', which every socket emits in the end.
const { WebSocketServer } = require('ws');
const { startKeepalive, stopKeepalive } = require('./keepalive');

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (socket) => {
  const timer = startKeepalive(socket, 30_000);
  socket.on('message', (data) => socket.send(data));
  socket.on('close', () => stopKeepalive(timer));
});
