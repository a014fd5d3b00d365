// A server registers cleanup on the process-wide `shutdown` promise for every request: each
// request adds a reaction (holding its response) that stays until the process stops.
import http from 'node:http';

let signalShutdown: () => void = () => {};
export const shutdown = new Promise<void>((resolve) => {
  signalShutdown = resolve;
});
process.once('SIGTERM', () => signalShutdown());

http.createServer((req, res) => {
  shutdown.then(() => res.destroy()); // expect: long-lived-promise-race
  res.end('ok');
}).listen(8080);
