// Grown here, cleared by another module that imports it (see reset.mjs).
import http from 'node:http';

export const pages = new Map();

http.createServer((req, res) => {
  pages.set(req.url, `<p>${req.url}</p>`);
  res.end(pages.get(req.url));
}).listen(8095);
