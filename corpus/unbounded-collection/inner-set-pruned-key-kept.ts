import { Server, type Socket } from 'socket.io';

class RoomDirectory {
  private readonly members = new Map<string, Set<Socket>>(); // expect: unbounded-collection

  join(room: string, socket: Socket): void {
    let sockets = this.members.get(room);
    if (!sockets) {
      sockets = new Set();
      this.members.set(room, sockets);
    }
    sockets.add(socket);
  }

  leave(room: string, socket: Socket): void {
    const sockets = this.members.get(room);
    sockets?.delete(socket);
  }

  count(room: string): number {
    return this.members.get(room)?.size ?? 0;
  }
}

export const directory = new RoomDirectory();
const io = new Server(8080);

io.on('connection', (socket) => {
  socket.on('join', (room: string) => directory.join(`doc:${room}`, socket));
  socket.on('leave', (room: string) => directory.leave(`doc:${room}`, socket));
});
