// Exported, but no analysed module ever clears it: the export alone bounds nothing.
import http from 'node:http';

export const rendered = new Map(); // expect: unbounded-collection

http.createServer((req, res) => {
  const page = rendered.get(req.url) ?? `<h1>${req.url}</h1>`;
  rendered.set(req.url, page);
  res.end(page);
}).listen(8084);
