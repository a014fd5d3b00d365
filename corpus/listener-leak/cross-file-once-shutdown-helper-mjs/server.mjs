// Each request registers a shutdown callback that closes over its response: `once` removes it
// only when shutdown comes, so until then every request ever served stays reachable.
import http from 'node:http';
import { onShutdown } from './lifecycle.mjs';

http
  .createServer((req, res) => {
    onShutdown(() => { // expect: listener-leak
      if (!res.writableEnded) res.end('server shutting down');
    });
    setTimeout(() => res.end('done'), 100);
  })
  .listen(8080);
