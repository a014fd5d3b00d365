// The server registers one shutdown callback at start-up, which closes it.
import http from 'node:http';
import { onShutdown } from './lifecycle.mjs';

const server = http
  .createServer((req, res) => {
    setTimeout(() => res.end('done'), 100);
  })
  .listen(8080);

onShutdown(() => server.close());
