// The keep-alive interval is optional, so it is held through a conditional; either way the
// socket's 'close' listener clears it, and the closure over the socket goes with it.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8081 });
const keepAlive = Number(process.env.KEEP_ALIVE_MS || 0);

wss.on('connection', (socket) => {
  const ping = keepAlive > 0
    ? setInterval(() => {
      if (socket.readyState === socket.OPEN) socket.ping();
    }, keepAlive)
    : null;
  socket.once('close', () => {
    if (ping) clearInterval(ping);
  });
});
