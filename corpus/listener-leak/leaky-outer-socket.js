// The socket outlives each message; a listener added per message accumulates on it.
const { Server } = require('socket.io');

const io = new Server(3000);

io.on('connection', (socket) => {
  socket.on('subscribe', (room) => {
    socket.join(room);
    socket.on('disconnect', () => console.log(`left ${room}`)); // expect: listener-leak
  });
});
