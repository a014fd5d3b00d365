// A module-level state object whose Map field collects every socket id.
import { Server } from 'socket.io';

const io = new Server(3000);
const state = {
  started: Date.now(),
  bySocket: new Map(), // expect: unbounded-collection
};

io.on('connection', (socket) => {
  state.bySocket.set(socket.id, { joined: Date.now() });
  socket.emit('hello', state.started);
});
