// The same hub forgets a client's socket when it closes.
import type { WebSocket, WebSocketServer } from 'ws';

export class Hub {
  private sockets: Record<string, WebSocket> = {};

  constructor(wss: WebSocketServer) {
    wss.on('connection', (ws, req) => {
      const clientId = String(req.headers['x-client-id']);
      this.sockets[clientId] = ws;
      ws.on('message', (data) => this.broadcast(String(data)));
      ws.on('close', () => {
        delete this.sockets[clientId];
      });
    });
  }

  broadcast(text: string): void {
    for (const ws of Object.values(this.sockets)) ws.send(text);
  }
}
