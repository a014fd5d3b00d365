// Room names come from the clients' 'room:join' events, and leaving takes the user out of the
// room's Set but keeps the Set: every room name a client ever sends stays in the map.
const { Server } = require('socket.io');

const rooms = new Map(); // expect: unbounded-collection
const io = new Server(4950);

io.on('connection', (socket) => {
  socket.on('room:join', (room) => {
    if (!rooms.has(room)) rooms.set(room, new Set());
    rooms.get(room).add(socket.id);
    socket.join(room);
  });
  socket.on('room:leave', (room) => {
    const members = rooms.get(room);
    if (members) members.delete(socket.id);
    socket.leave(room);
  });
});
