const { Server } = require('socket.io');
const { alerts } = require('./alerts.js');

const io = new Server(4300);

io.on('connection', (socket) => {
  const { accountId } = socket.handshake.auth;
  alerts.subscribe(accountId, (alert) => socket.emit('alert', alert)); // expect: unbounded-collection
  socket.on('disconnect', () => {
    alerts.unsubscribe(accountId, (alert) => socket.emit('alert', alert));
  });
});
