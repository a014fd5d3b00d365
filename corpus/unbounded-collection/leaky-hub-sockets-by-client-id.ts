// A hub keeps each client's socket by the id the client sends when it connects, and never
// forgets it: every socket that ever connected stays in the map after it closes, with its
// buffers, for as long as the hub lives.
import type { WebSocket, WebSocketServer } from 'ws';

export class Hub {
  private sockets: Record<string, WebSocket> = {}; // expect: unbounded-collection

  constructor(wss: WebSocketServer) {
    wss.on('connection', (ws, req) => {
      const clientId = String(req.headers['x-client-id']);
      this.sockets[clientId] = ws;
      ws.on('message', (data) => this.broadcast(String(data)));
    });
  }

  broadcast(text: string): void {
    for (const ws of Object.values(this.sockets)) ws.send(text);
  }
}
