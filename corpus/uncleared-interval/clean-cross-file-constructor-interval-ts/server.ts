// Each connection's tracker is told to leave when the client goes.
import { Server } from 'socket.io';
import { Presence } from './presence';

const io = new Server(3000);
io.on('connection', (socket) => {
  const presence = new Presence(socket, 'lobby');
  socket.on('disconnect', () => presence.leave());
});
