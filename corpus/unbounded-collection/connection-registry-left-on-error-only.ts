import { WebSocketServer, type WebSocket } from 'ws';

// Sessions by socket for a dashboard feed; only a socket that fails is unregistered.
const sessions = new Map<WebSocket, { since: number }>(); // expect: unbounded-collection

function register(client: WebSocket): void {
  sessions.set(client, { since: Date.now() });
}

function unregister(client: WebSocket): void {
  sessions.delete(client);
}

export function serve(port: number): WebSocketServer {
  const wss = new WebSocketServer({ port });
  wss.on('connection', (client: WebSocket) => {
    register(client);
    client.on('error', () => unregister(client));
  });
  return wss;
}
