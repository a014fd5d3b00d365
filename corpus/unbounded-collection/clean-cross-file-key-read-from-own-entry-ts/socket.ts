import { Server } from 'socket.io';
import { board } from './board';

const io = new Server(3001);

io.on('connection', (socket) => {
  board.open(socket.id, String(socket.handshake.auth.userId));
  socket.on('disconnect', () => board.close(socket.id));
});
