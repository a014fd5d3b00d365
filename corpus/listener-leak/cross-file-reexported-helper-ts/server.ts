// Imported through the entry point, not from bus.ts itself: each event-stream request still
// adds a listener to bus.ts's emitter through `subscribe`; `follow` is undone on close.
import http from 'node:http';
import { follow, subscribe } from './index';

http.createServer((req, res) => {
  const channel = new URL(req.url ?? '/', 'http://localhost').searchParams.get('channel') ?? 'general';
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  if (req.headers['x-legacy']) {
    subscribe(channel, (message) => res.write(`data: ${message}\n\n`)); // expect: listener-leak
    return;
  }
  const stop = follow(channel, (message) => res.write(`data: ${message}\n\n`));
  req.on('close', stop);
}).listen(8080);
