// The same keep-alive, also stopped when the connection closes, whichever comes first.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  const keepAlive = setInterval(() => ws.ping(), 30_000);
  ws.on('message', (message) => {
    if (String(message) === 'bye') clearInterval(keepAlive);
  });
  ws.on('close', () => clearInterval(keepAlive));
});
