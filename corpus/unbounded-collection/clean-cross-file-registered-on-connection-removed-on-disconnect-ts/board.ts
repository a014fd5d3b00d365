// A socket is forgotten when its client leaves the board or when it disconnects.
import type { Server } from 'socket.io';
import cursors from './cursors';

export function wireBoard(io: Server): void {
  io.on('connection', (socket) => {
    cursors.track(socket);
    socket.on('cursor:move', ({ x, y }: { x: number; y: number }) => cursors.move(socket.id, x, y));
    socket.on('board:leave', () => cursors.forget(socket.id));
    socket.on('disconnect', () => cursors.forget(socket.id));
  });
}
