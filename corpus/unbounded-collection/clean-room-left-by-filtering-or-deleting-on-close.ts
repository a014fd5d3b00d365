// Sockets grouped by room: on close, a socket's room is stored back without it, or dropped
// when it was the last one there.
import type { Server, Socket } from 'socket.io';

const rooms = new Map<string, Socket[]>();

export function join(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const room = String(socket.handshake.query.room);
    const members = rooms.get(room) ?? [];
    members.push(socket);
    rooms.set(room, members);
    socket.on('close', () => {
      const left = (rooms.get(room) ?? []).filter((member) => member !== socket);
      if (left.length) rooms.set(room, left);
      else rooms.delete(room);
    });
  });
}
