// A heartbeat per WebSocket connection whose handle is thrown away: every client that ever
// connected keeps a timer (and, through the closure, its socket) alive forever.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  socket.isAlive = true;
  socket.on('pong', () => {
    socket.isAlive = true;
  });
  setInterval(() => { // expect: uncleared-interval
    if (!socket.isAlive) return socket.terminate();
    socket.isAlive = false;
    socket.ping();
  }, 30000);
});
