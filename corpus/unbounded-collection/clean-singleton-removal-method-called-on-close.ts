// The same lobby, with `leave()` called when the socket closes.
import { WebSocketServer, WebSocket } from 'ws';
import { randomUUID } from 'node:crypto';

class Lobby {
  #players = new Map<string, { name: string; socket: WebSocket }>();

  add(id: string, player: { name: string; socket: WebSocket }): void {
    this.#players.set(id, player);
  }

  leave(id: string): void {
    this.#players.delete(id);
  }

  count(): number {
    return this.#players.size;
  }
}

const lobby = new Lobby();
const wss = new WebSocketServer({ port: 7070 });

wss.on('connection', (socket, req) => {
  const id = randomUUID();
  lobby.add(id, { name: String(req.headers['x-player'] ?? 'guest'), socket });
  socket.on('message', () => socket.send(String(lobby.count())));
  socket.on('close', () => lobby.leave(id));
});
