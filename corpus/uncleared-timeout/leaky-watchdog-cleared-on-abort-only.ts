// A handler answers 504 if its work takes longer than thirty seconds, and clears that watchdog
// when the client aborts, but not when the work finishes in time: every normal request leaves
// the timer, with its request and response, pending for thirty seconds.
import http from 'node:http';

http.createServer(async (req, res) => {
  const watchdog = setTimeout(() => { // expect: uncleared-timeout
    res.statusCode = 504;
    res.end();
  }, 30_000);
  req.on('aborted', () => clearTimeout(watchdog));
  const body = await render(req.url ?? '/');
  res.end(body);
}).listen(8096);

async function render(path: string): Promise<string> {
  return `<h1>${path}</h1>`;
}
