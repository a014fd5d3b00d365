import { EventEmitter } from 'node:events';
import type { Server, Socket } from 'socket.io';
import { relay } from './relay';

export const scores = new EventEmitter();

export function attachScores(io: Server): void {
  io.on('connection', (socket: Socket) => {
    const stop = relay(scores, socket, ['goal', 'card', 'final']);
    socket.on('disconnect', () => stop());
  });
}
