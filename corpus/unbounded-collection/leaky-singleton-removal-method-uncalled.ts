// The class has a removal method, but nothing in this module (which exports nothing) ever
// calls it: every connection's entry stays in the singleton's Map.
import { WebSocketServer, WebSocket } from 'ws';
import { randomUUID } from 'node:crypto';

class Lobby {
  #players = new Map<string, { name: string; socket: WebSocket }>(); // expect: unbounded-collection

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
});
