// 'room:leave' is the only way out: a client that drops its connection keeps its callback
// (and its socket) in every room it joined.
import type { Server, Socket } from 'socket.io';
import { presence } from './presence.service';

export function attachRooms(io: Server): void {
  io.on('connection', (socket: Socket) => {
    socket.on('room:join', (room: string) => {
      const notify = (event: { room: string; user: string }) => socket.emit('presence', event);
      presence.join(room, notify); // expect: unbounded-collection
      socket.data.notify = notify;
    });
    socket.on('room:leave', (room: string) => {
      presence.leave(room, socket.data.notify);
    });
  });
}
