import http from 'node:http';
import { watchStock } from './stock.mjs';

http.createServer((req, res) => {
  const sku = new URL(req.url, 'http://shop').searchParams.get('sku');
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  watchStock(sku, (count) => res.write(`data: ${count}\n\n`)); // expect: dropped-unsubscribe
}).listen(8030);
