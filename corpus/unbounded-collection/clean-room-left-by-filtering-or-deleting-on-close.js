// Sockets grouped by room: on close, a socket's room is stored back without it, or dropped
// when it was the last one there.
const rooms = new Map();

function join(io) {
  io.on('connection', (socket) => {
    const room = String(socket.handshake.query.room);
    const members = rooms.get(room) || [];
    members.push(socket);
    rooms.set(room, members);
    socket.on('close', () => {
      const left = (rooms.get(room) || []).filter((member) => member !== socket);
      if (left.length) rooms.set(room, left);
      else rooms.delete(room);
    });
  });
}

module.exports = { join };
