// Each connection keeps the undo and calls it when the client leaves.
import { Server } from 'socket.io';
import { boardroom } from './boardroom';

const io = new Server(8087);

io.on('connection', (socket) => {
  boardroom.sit(socket.id, String(socket.handshake.auth.name));
  const unwatch = boardroom.watch((names) => socket.emit('seated', names));
  socket.on('disconnect', () => {
    unwatch();
    boardroom.stand(socket.id);
  });
});
