// Each client follows a few rooms; the helper hands back the handler it adds to the shared
// subscriber, the connection keeps them in a Map and takes every one off when it leaves.
const { createServer } = require('node:http');
const { Server } = require('socket.io');
const Redis = require('ioredis');

const subscriber = new Redis(process.env.REDIS_URL);
const io = new Server(createServer().listen(3005));
const ROOMS = new Set(['lobby', 'ops', 'sales']);

function followRoom(sub, room, socket) {
  const onMessage = (channel, payload) => {
    if (channel === `room:${room}`) socket.emit('message', JSON.parse(payload));
  };
  sub.on('message', onMessage);
  return onMessage;
}

io.on('connection', (socket) => {
  const followed = new Map();
  socket.on('join', (room) => {
    if (!ROOMS.has(room) || followed.has(room)) return;
    followed.set(room, followRoom(subscriber, room, socket));
  });
  socket.on('disconnect', () => {
    followed.forEach((onMessage) => subscriber.off('message', onMessage));
    followed.clear();
  });
});
