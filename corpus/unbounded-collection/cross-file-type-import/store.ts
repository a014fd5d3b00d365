// Grown per request and never pruned. stats.ts imports only its type, and clears a map of its
// own that has the same name: that releases nothing here.
import http from 'node:http';

export const pages = new Map<string, number>(); // expect: unbounded-collection

http.createServer((req, res) => {
  pages.set(req.url ?? '/', Date.now());
  res.end();
}).listen(8097);
