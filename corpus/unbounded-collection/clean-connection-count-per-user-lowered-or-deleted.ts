import { WebSocketServer, WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';

const wss = new WebSocketServer({ port: 8081 });
const sessionsPerAccount = new Map<string, number>();

wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
  const account = String(req.headers['x-account'] ?? 'anonymous');
  sessionsPerAccount.set(account, (sessionsPerAccount.get(account) ?? 0) + 1);
  ws.on('close', () => {
    const remaining = (sessionsPerAccount.get(account) ?? 1) - 1;
    if (remaining === 0) sessionsPerAccount.delete(account);
    else sessionsPerAccount.set(account, remaining);
  });
});
