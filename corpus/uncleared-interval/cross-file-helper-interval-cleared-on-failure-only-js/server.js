const { Server } = require('socket.io');
const { keepLease } = require('./lease');

function serveWorkers(store) {
  const io = new Server(4010);
  io.on('connection', (socket) => {
    keepLease(socket, store, socket.handshake.auth.leaseId); // expect: uncleared-interval
  });
  return io;
}

module.exports = { serveWorkers };
