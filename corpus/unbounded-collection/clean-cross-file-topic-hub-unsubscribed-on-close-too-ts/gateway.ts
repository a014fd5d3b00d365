// The same rooms, left on request and, for every room still joined, on disconnect.
import type { Server, Socket } from 'socket.io';
import { presence } from './presence.service';

export function attachRooms(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const joined = new Map<string, (event: { room: string; user: string }) => void>();
    socket.on('room:join', (room: string) => {
      const notify = (event: { room: string; user: string }) => socket.emit('presence', event);
      presence.join(room, notify);
      joined.set(room, notify);
    });
    socket.on('room:leave', (room: string) => {
      const notify = joined.get(room);
      if (notify) presence.leave(room, notify);
      joined.delete(room);
    });
    socket.on('disconnect', () => {
      for (const [room, notify] of joined) presence.leave(room, notify);
      joined.clear();
    });
  });
}
