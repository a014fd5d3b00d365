// Every connection starts watching the one board room and drops the undo: a client that leaves
// stays in `watchers`, socket and all.
import { Server } from 'socket.io';
import { boardroom } from './presence/index.js';

const io = new Server(8086);

io.on('connection', (socket) => {
  boardroom.sit(socket.id, String(socket.handshake.auth.name));
  boardroom.watch((names) => socket.emit('seated', names)); // expect: dropped-unsubscribe
  socket.on('disconnect', () => boardroom.stand(socket.id));
});
