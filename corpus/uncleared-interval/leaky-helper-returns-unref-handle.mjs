// The heartbeat helper keeps its timer in a local, unrefs it and hands it back; each
// connection drops it, so every socket ever connected is pinged (and kept) forever.
import { WebSocketServer } from 'ws';

function heartbeat(ws) {
  ws.isAlive = true;
  ws.on('pong', () => {
    ws.isAlive = true;
  });
  const timer = setInterval(() => {
    if (!ws.isAlive) return ws.terminate();
    ws.isAlive = false;
    ws.ping();
  }, 30_000);
  timer.unref();
  return timer;
}

const wss = new WebSocketServer({ port: 8090 });

wss.on('connection', (ws) => {
  heartbeat(ws); // expect: uncleared-interval
  ws.on('message', (data) => ws.send(data));
});
