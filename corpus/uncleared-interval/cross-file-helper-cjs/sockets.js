// Per connection: the heartbeat is stopped on close; the refresher never is.
const { WebSocketServer } = require('ws');
const timers = require('./timers');

const wss = new WebSocketServer({ port: 8080 });

wss.on('connection', (socket) => {
  const stop = timers.startHeartbeat(socket);
  socket.on('close', stop);
  timers.refreshEvery(60_000, () => socket.send('refresh')); // expect: uncleared-interval
});
