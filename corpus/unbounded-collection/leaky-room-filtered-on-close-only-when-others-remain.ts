// Sockets grouped by room: on close, a socket's room is stored back without it only while
// others remain; the last socket of a room is never taken out.
import type { Server, Socket } from 'socket.io';

const rooms = new Map<string, Socket[]>(); // expect: unbounded-collection

export function join(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const room = String(socket.handshake.query.room);
    const members = rooms.get(room) ?? [];
    members.push(socket);
    rooms.set(room, members);
    socket.on('close', () => {
      const left = (rooms.get(room) ?? []).filter((member) => member !== socket);
      if (left.length) rooms.set(room, left);
    });
  });
}

