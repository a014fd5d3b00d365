// A socket is forgotten only when its client says it leaves the board; one that just
// disconnects stays in the table.
import type { Server } from 'socket.io';
import cursors from './cursors';

export function wireBoard(io: Server): void {
  io.on('connection', (socket) => {
    cursors.track(socket); // expect: unbounded-collection
    socket.on('cursor:move', ({ x, y }: { x: number; y: number }) => cursors.move(socket.id, x, y));
    socket.on('board:leave', () => cursors.forget(socket.id));
  });
}
