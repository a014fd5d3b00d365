'use strict';
const http = require('http');
const { TenantBatcher } = require('./batcher');

const batcher = new TenantBatcher();

http.createServer(async (req, res) => {
  const tenant = req.headers['x-tenant'] || 'public';
  const rows = await batcher.read(tenant, () => Promise.resolve([])); // expect: unbounded-collection
  res.end(JSON.stringify(rows));
}).listen(8080);
