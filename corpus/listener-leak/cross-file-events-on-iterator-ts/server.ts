// Every connection starts a pipe that never ends: the feed keeps one listener per connection
// ever made.
import { WebSocketServer } from 'ws';
import { pipeTrades } from './feed';

const wss = new WebSocketServer({ port: 9000 });

wss.on('connection', (ws) => {
  pipeTrades((message) => ws.send(message)).catch(() => {}); // expect: listener-leak
});
