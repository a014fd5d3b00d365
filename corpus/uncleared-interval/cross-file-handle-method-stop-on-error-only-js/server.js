// The keep-alive is stopped when the socket errors, but a client that simply disconnects
// leaves its interval pinging a closed socket for good.
import { WebSocketServer } from 'ws';
import { keepAlive } from './keepalive.js';

const wss = new WebSocketServer({ port: 8081 });

wss.on('connection', (ws) => {
  const pinger = keepAlive(ws); // expect: uncleared-interval
  ws.on('message', (data) => ws.send(data));
  ws.on('error', () => pinger.stop());
});
