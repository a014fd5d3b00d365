import http from 'node:http';
import { watchStock } from './stock.mjs';

http.createServer((req, res) => {
  const sku = new URL(req.url, 'http://shop').searchParams.get('sku');
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const stop = watchStock(sku, (count) => res.write(`data: ${count}\n\n`));
  req.on('close', stop);
}).listen(8030);
