// The same helper, whose handle each connection keeps and clears when the socket closes.
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
  const beat = heartbeat(ws);
  ws.on('close', () => clearInterval(beat));
  ws.on('message', (data) => ws.send(data));
});
