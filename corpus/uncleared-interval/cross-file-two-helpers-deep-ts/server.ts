import { WebSocketServer } from 'ws';
import { keepAlive } from './heartbeat';

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  keepAlive(ws); // expect: uncleared-interval
  ws.on('message', (data) => ws.send(data));
});
