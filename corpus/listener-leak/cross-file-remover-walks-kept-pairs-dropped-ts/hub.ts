import { EventEmitter } from 'node:events';
import type { Server, Socket } from 'socket.io';
import { relay } from './relay';

export const scores = new EventEmitter();

export function attachScores(io: Server): void {
  io.on('connection', (socket: Socket) => {
    relay(scores, socket, ['goal', 'card', 'final']); // expect: listener-leak
    socket.on('disconnect', () => console.debug('viewer left'));
  });
}
