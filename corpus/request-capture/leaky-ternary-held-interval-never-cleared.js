// The same optional keep-alive, never cleared: every closed socket stays in the interval's
// closure, pinged forever.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8081 });
const keepAlive = Number(process.env.KEEP_ALIVE_MS || 0);

wss.on('connection', (socket) => {
  const ping = keepAlive > 0
    ? setInterval(() => { // expect: uncleared-interval
      if (socket.readyState === socket.OPEN) socket.ping();
    }, keepAlive)
    : null;
  socket.on('message', (message) => socket.send(message));
});
