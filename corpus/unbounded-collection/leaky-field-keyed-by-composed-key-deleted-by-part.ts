// Connections kept under `${userId}:${socket.id}` (made by a method), removed on disconnect by
// `userId` alone: the delete looks up a key that was never added, and every connection stays.
import { Server, type Socket } from "socket.io";

export class Presence {
  private readonly connections = new Map<string, { socket: Socket; since: number }>(); // expect: unbounded-collection

  private keyFor(userId: string, socket: Socket): string {
    return `${userId}:${socket.id}`;
  }

  track(socket: Socket): void {
    const userId = String(socket.handshake.auth.userId);
    this.connections.set(this.keyFor(userId, socket), { socket, since: Date.now() });
    socket.on("disconnect", () => {
      this.connections.delete(userId);
    });
  }

  online(): number {
    return this.connections.size;
  }
}

const io = new Server(3001);
const presence = new Presence();
io.on("connection", (socket) => presence.track(socket));
