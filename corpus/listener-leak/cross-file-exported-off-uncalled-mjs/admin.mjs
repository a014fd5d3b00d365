import http from 'node:http';
import * as schema from './schema.mjs';

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  schema.onSchemaChange((table) => res.write(`${table}\n`)); // expect: listener-leak
}).listen(8088);
