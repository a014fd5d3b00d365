import { WebSocketServer, type WebSocket } from 'ws';
import { userFromCookie, type User } from './auth';

const wss = new WebSocketServer({ port: 8090 });
const peers = new Map<string, WebSocket>();

wss.on('connection', (ws: WebSocket & { user?: User }, req) => {
  const id = String(req.headers['sec-websocket-key']);
  const user = userFromCookie(req.headers.cookie);
  if (!user) {
    ws.send(JSON.stringify({ mode: 'read-only' }));
    return;
  }
  ws.user = user;
  peers.set(id, ws);
  ws.on('close', () => {
    if (ws.user) {
      peers.delete(id);
    }
  });
});
