// The same rooms, but the connection only forgets its Map when it leaves: the handlers stay on
// the shared subscriber, each holding a socket that is gone.
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
    followed.set(room, followRoom(subscriber, room, socket)); // expect: listener-leak
  });
  socket.on('disconnect', () => {
    followed.clear();
  });
});
