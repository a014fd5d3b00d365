// A namespace of session helpers: `drop()` would remove a session, but nothing calls it, so
// every connection's socket stays in the table after it disconnects.
const { Server } = require('socket.io');

const io = new Server(3001);
const sessions = {}; // expect: unbounded-collection

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
});
