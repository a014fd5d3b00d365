import http from 'node:http';
import * as schema from './schema.mjs';

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  const print = (table) => res.write(`${table}\n`);
  schema.onSchemaChange(print);
  req.on('close', () => schema.offSchemaChange(print));
}).listen(8088);
