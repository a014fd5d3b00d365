// Who is typing in which channel: a client is added on 'typing:start' and removed on
// 'typing:stop', which a client that closes its tab mid-sentence never sends.
const { Server } = require('socket.io');

class TypingRegistry {
  constructor() {
    this.typing = new Map(); // expect: unbounded-collection
  }

  start(channel, socket) {
    this.typing.set(`${channel}:${socket.id}`, { socket, since: Date.now() });
  }

  stop(channel, socketId) {
    this.typing.delete(`${channel}:${socketId}`);
  }
}

const registry = new TypingRegistry();
const io = new Server(3010);

io.on('connection', (socket) => {
  socket.on('typing:start', (channel) => registry.start(channel, socket));
  socket.on('typing:stop', (channel) => registry.stop(channel, socket.id));
  socket.on('disconnect', () => console.debug('gone', socket.id));
});
