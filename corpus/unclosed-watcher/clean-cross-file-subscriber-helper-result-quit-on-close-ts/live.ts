// Each live view keeps the subscriber it gets back and quits it when the view's socket closes.
import { WebSocketServer, WebSocket } from 'ws';
import { follow } from './feed';

const wss = new WebSocketServer({ port: 8096 });

wss.on('connection', async (ws: WebSocket, req) => {
  const match = new URL(req.url ?? '/', 'http://localhost').searchParams.get('match');
  const subscriber = await follow(`match:${match}`, (event) => ws.send(JSON.stringify(event)));
  ws.on('close', () => {
    subscriber.quit().catch(() => subscriber.disconnect());
  });
});
