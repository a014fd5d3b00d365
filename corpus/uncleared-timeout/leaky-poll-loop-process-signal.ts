// Each event stream ticks until the process shuts down, not until its client leaves: the only
// way out tests a process-wide signal, so every stream ever opened keeps writing (and its response).
import http, { ServerResponse } from 'node:http';

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

function streamClock(res: ServerResponse, everyMs: number): void {
  const tick = () => {
    if (shutdown.signal.aborted) return;
    res.write(`data: ${new Date().toISOString()}\n\n`);
    setTimeout(tick, everyMs);
  };
  tick();
}

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    streamClock(res, 1000); // expect: uncleared-timeout
  })
  .listen(8080);
