// io.of() hands back the namespace the server keeps, so its adapter lives as long as the
// server; every connection adds a presence listener there and none is ever taken off.
const { Server } = require('socket.io');

function startPresence(httpServer) {
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    const lobby = io.of('/').adapter;
    lobby.on('join-room', (room, id) => { // expect: listener-leak
      if (id !== socket.id && socket.rooms.has(room)) socket.emit('presence', { room, id });
    });
  });
  return io;
}

module.exports = { startPresence };
