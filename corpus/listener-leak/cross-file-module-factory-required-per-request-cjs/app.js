'use strict';

const http = require('http');

http.createServer((req, res) => {
  const posts = { clearCached() {} };
  require('./edit')(posts);
  res.end('ok');
}).listen(8080);
