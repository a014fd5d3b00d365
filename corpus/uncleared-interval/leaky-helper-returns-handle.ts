// Timer helpers that return the handle, so only the caller can stop the interval. These
// callers drop it, once per streaming request and once per connection.
import http from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';

const every = (ms: number, tick: () => void): NodeJS.Timeout => setInterval(tick, ms);

function heartbeat(socket: WebSocket): NodeJS.Timeout {
  return setInterval(() => socket.ping(), 30_000);
}

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  every(1_000, () => res.write(`data: ${Date.now()}\n\n`)); // expect: uncleared-interval
}).listen(8080);

const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', (socket) => {
  heartbeat(socket); // expect: uncleared-interval
});
