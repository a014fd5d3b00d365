// A room table keeps, per room, the handlers of the sockets in it; `join` hands back the
// function that takes a handler out, and each socket calls the ones it holds when it leaves.
'use strict';

const rooms = new Map();

function join(room, handler) {
  const handlers = rooms.get(room) || [];
  handlers.push(handler);
  rooms.set(room, handlers);
  return function leave() {
    const current = rooms.get(room);
    if (!current) return;
    current.splice(current.indexOf(handler), 1);
    if (current.length === 0) rooms.delete(room);
  };
}

function broadcast(room, message) {
  for (const handler of rooms.get(room) || []) handler(message);
}

function attach(io) {
  io.on('connection', (socket) => {
    const leaves = [];
    socket.on('join', (room) => {
      leaves.push(join(room, (message) => socket.emit('message', message)));
    });
    socket.on('disconnect', () => leaves.forEach((leave) => leave()));
    socket.on('say', ({ room, text }) => broadcast(room, { from: socket.id, text }));
  });
}

module.exports = { attach };
