'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const ROOT = path.resolve(process.env.BACKUP_DIR || '/var/backups');

http.createServer((req, res) => {
  const file = path.join(ROOT, path.basename(req.url));
  const archive = fs.createReadStream(file);
  archive.once('open', () => {
    res.writeHead(200, { 'content-type': 'application/gzip' });
    archive.pipe(res); // expect: unended-stream
  });
  archive.once('error', () => {
    if (!res.headersSent) res.writeHead(404);
    res.end();
  });
  res.once('finish', () => archive.destroy());
}).listen(8091);
