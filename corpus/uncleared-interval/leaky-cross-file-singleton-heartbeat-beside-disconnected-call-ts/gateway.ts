import { Server } from 'socket.io';
import { Presence } from './presence';

const presence = new Presence();
const io = new Server(3000);

io.on('connection', (socket) => {
  presence.connected();
  presence.beat(socket); // expect: uncleared-interval
  socket.on('disconnect', () => presence.disconnected());
});
