// Every request adds a hook that holds its response, and only shutdown drops them.
import http from 'node:http';
import { addHook, dropAllHooks } from './hooks';

const server = http.createServer((req, res) => {
  addHook((event) => res.write(`audit: ${event}\n`)); // expect: unbounded-collection
  res.writeHead(200, { 'content-type': 'text/plain' });
});

process.once('SIGTERM', () => {
  dropAllHooks();
  server.close();
});

server.listen(8080);
