const { Server } = require('socket.io');
const presence = require('./presence');

const io = new Server(3100);

io.on('connection', (socket) => {
  socket.on('hello', (info) => presence.join(socket.id, { info, socket })); // expect: unbounded-collection
  socket.on('error', () => presence.leave(socket.id));
});
