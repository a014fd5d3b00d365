// The entry a socket's 'doc:open' makes goes on 'doc:close' and on 'disconnect' alike.
const { Server } = require('socket.io');

const io = new Server(4011);
const editing = new Map();

io.on('connection', (socket) => {
  socket.on('doc:open', (docId) => {
    editing.set(socket.id, docId);
  });
  socket.on('doc:close', () => editing.delete(socket.id));
  socket.on('disconnect', () => editing.delete(socket.id));
});
