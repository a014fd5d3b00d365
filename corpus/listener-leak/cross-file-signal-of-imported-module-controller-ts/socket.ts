import { WebSocketServer } from 'ws';
import { announcements, processLifetime } from './lifetime';

// Each connection listens for announcements with the process's signal, which outlives it.
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  announcements.addEventListener('news', (e) => ws.send(String((e as MessageEvent).data)), { signal: processLifetime.signal }); // expect: listener-leak
});
