// A socket's own events inside its connection handler: socket and listeners die together.
// The server's 'close' listener is added once, at the top level.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8080 });
const clients = new Set();

wss.on('connection', (socket) => {
  clients.add(socket);
  socket.on('message', (data) => socket.send(data));
  socket.on('close', () => clients.delete(socket));
  socket.addEventListener('error', () => socket.terminate());
});

wss.on('close', () => {
  for (const socket of clients) socket.terminate();
});
