// The same presence store, in JavaScript: 'disconnect' calls every disposer still kept.
const { Server } = require('socket.io');

const listeners = new Set();
const presence = {
  subscribe(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
};

const io = new Server(4200);

io.on('connection', (socket) => {
  const watching = new Map();
  socket.on('watch', (room) => {
    const stop = presence.subscribe((rooms) => socket.emit('presence', room, rooms[room] || 0));
    watching.set(room, stop);
  });
  socket.on('unwatch', (room) => {
    const stop = watching.get(room);
    if (stop) stop();
    watching.delete(room);
  });
  socket.on('disconnect', () => {
    for (const [, stop] of watching) stop();
  });
});

module.exports = { presence };
