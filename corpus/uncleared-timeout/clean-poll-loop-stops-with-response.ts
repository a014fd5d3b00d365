// The same clock stops once its response has ended (the client left or the stream closed).
import http, { ServerResponse } from 'node:http';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

function streamClock(res: ServerResponse, everyMs: number): void {
  const tick = () => {
    if (shutdown.signal.aborted || res.writableEnded || res.destroyed) return;
    res.write(`data: ${new Date().toISOString()}\n\n`);
    setTimeout(tick, everyMs);
  };
  tick();
}

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    streamClock(res, 1000);
  })
  .listen(8080);
