// The keep-alive is stopped on 'close', which ws emits for every socket, after an error too.
import { WebSocketServer } from 'ws';
import { keepAlive } from './keepalive.js';

const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws) => {
  const pinger = keepAlive(ws);
  ws.on('message', (data) => ws.send(data));
  ws.on('close', () => pinger.stop());
});
