import { Server } from 'socket.io';
import { lobbies } from './lobby';

// A player leaves a lobby only by asking; one who closes the tab never sends 'lobby:exit'.
export function attach(io: Server): void {
  io.on('connection', (socket) => {
    socket.on('lobby:enter', (lobby: string) => {
      const count = lobbies.enter(lobby, socket.id); // expect: unbounded-collection
      socket.emit('lobby:count', count);
    });
    socket.on('lobby:exit', (lobby: string) => lobbies.exit(lobby, socket.id));
  });
}
