// A socket that closes normally never leaves its rooms: only a failed one does.
const { Server } = require('socket.io');
const presence = require('./presence');

function attach(httpServer) {
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    socket.on('room:enter', (room) => {
      presence.enter(String(room), socket); // expect: unbounded-collection
      socket.emit('room:members', presence.everyoneIn(String(room)).length);
    });
    socket.on('room:exit', (room) => presence.exit(String(room), socket));
    socket.on('error', (err) => {
      console.warn('socket failed', err.message);
      presence.exitEverywhere(socket);
    });
  });
  return io;
}

module.exports = { attach };
