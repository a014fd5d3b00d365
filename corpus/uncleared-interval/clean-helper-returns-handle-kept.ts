// The same helpers, whose callers keep the handle and clear it when the request or the
// connection closes; the start-up call runs once for the life of the process.
import http from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';

const every = (ms: number, tick: () => void): NodeJS.Timeout => setInterval(tick, ms);

function heartbeat(socket: WebSocket): NodeJS.Timeout {
  return setInterval(() => socket.ping(), 30_000);
}

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const timer = every(1_000, () => res.write(`data: ${Date.now()}\n\n`));
  req.on('close', () => clearInterval(timer));
}).listen(8080);

const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', (socket) => {
  const beat = heartbeat(socket);
  socket.on('close', () => clearInterval(beat));
});

every(60_000, () => console.log('alive')).unref();
