import { Server } from 'socket.io';
import { lobbies } from './lobby';

// A player leaves a lobby by asking, and leaves every lobby it entered when it disconnects.
export function attach(io: Server): void {
  io.on('connection', (socket) => {
    const entered = new Set<string>();
    socket.on('lobby:enter', (lobby: string) => {
      entered.add(lobby);
      socket.emit('lobby:count', lobbies.enter(lobby, socket.id));
    });
    socket.on('lobby:exit', (lobby: string) => {
      entered.delete(lobby);
      lobbies.exit(lobby, socket.id);
    });
    socket.on('disconnect', () => {
      for (const lobby of entered) lobbies.exit(lobby, socket.id);
    });
  });
}
