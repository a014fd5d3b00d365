// `lobby.add()` is a method of the file's own class, not a Set's: what it keeps, and what
// takes it out again (`leave()` on close), the class's code and unbounded-collection decide.
import { WebSocketServer, WebSocket } from 'ws';
import { randomUUID } from 'node:crypto';

class Lobby {
  private players = new Map<string, { name: string; socket: WebSocket }>();

  add(id: string, player: { name: string; socket: WebSocket }): void {
    this.players.set(id, player);
  }

  leave(id: string): void {
    this.players.delete(id);
  }

  count(): number {
    return this.players.size;
  }
}

const lobby = new Lobby();
const wss = new WebSocketServer({ port: 7070 });

wss.on('connection', (socket, req) => {
  const id = randomUUID();
  lobby.add(id, { name: String(req.headers['x-player'] ?? 'guest'), socket });
  socket.on('close', () => lobby.leave(id));
});
