// The alerts module is handed the app's Redis client and opens a pub/sub connection per socket;
// the socket's 'disconnect' only logs, so every client leaves a connection open.
const { Server } = require('socket.io');

function attachAlerts(httpServer, redis) {
  const io = new Server(httpServer, { path: '/alerts' });
  io.on('connection', (socket) => {
    const subscriber = redis.duplicate(); // expect: unclosed-watcher
    subscriber.subscribe('alerts');
    subscriber.on('message', (_channel, raw) => socket.emit('alert', JSON.parse(raw)));
    socket.on('disconnect', (reason) => console.info('alerts client left', reason));
  });
  return io;
}

module.exports = { attachAlerts };
