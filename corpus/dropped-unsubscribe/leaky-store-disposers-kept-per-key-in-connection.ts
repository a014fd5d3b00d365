// Presence over socket.io: each 'watch' subscribes to a module store and keeps the
// disposer it hands back under the room's name; only 'unwatch' calls it.
import { Server, Socket } from 'socket.io';

type Listener = (rooms: Record<string, number>) => void;

const listeners = new Set<Listener>();
export const presence = {
  subscribe(fn: Listener): () => void {
    listeners.add(fn);
    return () => listeners.delete(fn);
  },
};

const io = new Server(4200);

io.on('connection', (socket: Socket) => {
  const watching = new Map<string, () => void>();
  socket.on('watch', (room: string) => {
    const stop = presence.subscribe((rooms) => socket.emit('presence', room, rooms[room] ?? 0)); // expect: dropped-unsubscribe
    watching.set(room, stop);
  });
  socket.on('unwatch', (room: string) => {
    watching.get(room)?.();
    watching.delete(room);
  });
});
