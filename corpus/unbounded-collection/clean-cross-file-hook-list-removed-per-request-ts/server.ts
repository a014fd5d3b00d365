// Every request adds a hook for as long as its response is open.
import http from 'node:http';
import { addHook, dropAllHooks, removeHook } from './hooks';

const server = http.createServer((req, res) => {
  const hook = (event: string) => res.write(`audit: ${event}\n`);
  addHook(hook);
  res.once('close', () => removeHook(hook));
  res.writeHead(200, { 'content-type': 'text/plain' });
});

process.once('SIGTERM', () => {
  dropAllHooks();
  server.close();
});

server.listen(8080);
