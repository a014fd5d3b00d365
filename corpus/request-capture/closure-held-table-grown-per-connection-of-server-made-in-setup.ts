import { Server, Socket } from 'socket.io';
import type { Server as HttpServer } from 'node:http';

export function attachCursors(http: HttpServer) {
  const io = new Server(http);
  const cursors: Record<string, { socket: Socket; x: number; y: number }> = {};

  io.on('connection', (socket: Socket) => {
    cursors[socket.id] = { socket, x: 0, y: 0 }; // expect: request-capture
    socket.on('move', (x: number, y: number) => {
      cursors[socket.id].x = x;
      cursors[socket.id].y = y;
      socket.broadcast.emit('cursor', { id: socket.id, x, y });
    });
  });

  return io;
}
