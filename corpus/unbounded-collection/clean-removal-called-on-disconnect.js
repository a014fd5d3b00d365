// The same helpers, with the session dropped when its socket disconnects.
const { Server } = require('socket.io');

const io = new Server(3001);
const sessions = {};

const util = {
  store(id, data) {
    sessions[id] = { ...data, lastSeen: Date.now() };
  },
  drop(id) {
    delete sessions[id];
  },
  online() {
    return Object.values(sessions).map(({ user }) => user);
  },
};

io.on('connection', (socket) => {
  util.store(socket.id, { user: socket.handshake.auth.user, socket });
  socket.on('who', (ack) => ack(util.online()));
  socket.on('disconnect', () => util.drop(socket.id));
});
