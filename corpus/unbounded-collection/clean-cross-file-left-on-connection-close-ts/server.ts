import { Server } from 'socket.io';
import * as presence from './presence';

const io = new Server(3100);

io.on('connection', (socket) => {
  socket.on('hello', (info: unknown) => presence.join(socket.id, { info, socket }));
  socket.on('error', (err: Error) => console.warn('socket error', err.message));
  socket.on('disconnect', () => presence.leave(socket.id));
});
