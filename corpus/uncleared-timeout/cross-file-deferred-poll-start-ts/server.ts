// Every connection starts a ping loop that outlives the socket: closed sockets are pinged, and
// kept, until the process stops.
import { WebSocketServer } from 'ws';
import { keepPinging } from './heartbeat';

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  keepPinging(ws); // expect: uncleared-timeout
  ws.on('message', (data) => ws.send(data));
});
