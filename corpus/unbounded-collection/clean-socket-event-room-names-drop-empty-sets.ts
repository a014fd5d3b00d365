// The same rooms, but a room's Set goes when its last member leaves or disconnects.
import { Server } from 'socket.io';

const rooms = new Map<string, Set<string>>();
const io = new Server(4951);

function leave(room: string, id: string): void {
  const members = rooms.get(room);
  if (!members) return;
  members.delete(id);
  if (members.size === 0) rooms.delete(room);
}

io.on('connection', (socket) => {
  const joined = new Set<string>();
  socket.on('room:join', (room: string) => {
    if (!rooms.has(room)) rooms.set(room, new Set());
    rooms.get(room)!.add(socket.id);
    joined.add(room);
  });
  socket.on('room:leave', (room: string) => {
    leave(room, socket.id);
    joined.delete(room);
  });
  socket.on('disconnect', () => {
    for (const room of joined) leave(room, socket.id);
  });
});
