// A room table keeps, per room, the handlers of the sockets in it; `join` hands back the
// function that takes a handler out. The connection handler drops it, and nothing else removes
// the handler: every socket that ever joined stays in its room's list.
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
    socket.on('join', (room) => {
      join(room, (message) => socket.emit('message', message)); // expect: dropped-unsubscribe
    });
    socket.on('say', ({ room, text }) => broadcast(room, { from: socket.id, text }));
  });
}

module.exports = { attach };
