// The same server; the loop ends with its socket.
import { WebSocketServer } from 'ws';
import { keepPinging } from './heartbeat';

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  keepPinging(ws);
  ws.on('message', (data) => ws.send(data));
});
