// The same pair in TypeScript, on WebSocket clients: `release()` runs on the client's own
// 'close', so the 'message' listener `admit()` added dies with the client.
import { WebSocketServer, WebSocket } from 'ws';

class Lobby {
  private waiting = 0;

  admit(client: WebSocket): void {
    this.waiting += 1;
    client.on('message', (raw) => client.send(`echo ${raw}`));
    client.on('close', () => this.release(client));
  }

  release(client: WebSocket): void {
    this.waiting -= 1;
    if (client.readyState !== WebSocket.CLOSED) client.terminate();
  }
}

const lobby = new Lobby();
new WebSocketServer({ port: 7071 }).on('connection', (client) => lobby.admit(client));
