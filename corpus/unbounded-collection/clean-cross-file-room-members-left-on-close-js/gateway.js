// Every socket leaves its rooms when it disconnects, however it goes.
const { Server } = require('socket.io');
const presence = require('./presence');

function attach(httpServer) {
  const io = new Server(httpServer);
  io.on('connection', (socket) => {
    socket.on('room:enter', (room) => {
      presence.enter(String(room), socket);
      socket.emit('room:members', presence.everyoneIn(String(room)).length);
    });
    socket.on('room:exit', (room) => presence.exit(String(room), socket));
    socket.on('error', (err) => console.warn('socket failed', err.message));
    socket.on('disconnect', () => {
      presence.exitEverywhere(socket);
    });
  });
  return io;
}

module.exports = { attach };
