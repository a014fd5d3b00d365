// The same presence listener, removed when its socket disconnects.
const { Server } = require('socket.io');

function startPresence(httpServer) {
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    const lobby = io.of('/').adapter;
    const onJoin = (room, id) => {
      if (id !== socket.id && socket.rooms.has(room)) socket.emit('presence', { room, id });
    };
    lobby.on('join-room', onJoin);
    socket.once('disconnect', () => lobby.off('join-room', onJoin));
  });
  return io;
}

module.exports = { startPresence };
