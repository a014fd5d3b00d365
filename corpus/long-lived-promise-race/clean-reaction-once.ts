// The same server reacts to `shutdown` once, at start-up, and tracks open responses in a set it
// empties as they finish.
import http from 'node:http';

let signalShutdown: () => void = () => {};
export const shutdown = new Promise<void>((resolve) => {
  signalShutdown = resolve;
});
process.once('SIGTERM', () => signalShutdown());

const open = new Set<http.ServerResponse>();
shutdown.then(() => {
  for (const res of open) res.destroy();
});

http.createServer((req, res) => {
  open.add(res);
  res.on('close', () => open.delete(res));
  res.end('ok');
}).listen(8080);
