// The proxy pipes each rendition's body into the reply, with nothing that ends it when the
// viewer goes away.
'use strict';
const http = require('http');
const { fetchRendition } = require('./upstream');

http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const rendition = await fetchRendition(url.searchParams.get('id'), url.searchParams.get('w') || '640');
  res.writeHead(rendition.statusCode);
  rendition.body.pipe(res); // expect: unended-stream
}).listen(8091);
