// The alerts module is handed the app's Redis client and quits each socket's pub/sub connection
// when that socket disconnects.
const { Server } = require('socket.io');

function attachAlerts(httpServer, redis) {
  const io = new Server(httpServer, { path: '/alerts' });
  io.on('connection', (socket) => {
    const subscriber = redis.duplicate();
    subscriber.subscribe('alerts');
    subscriber.on('message', (_channel, raw) => socket.emit('alert', JSON.parse(raw)));
    socket.on('disconnect', () => subscriber.quit());
  });
  return io;
}

module.exports = { attachAlerts };
