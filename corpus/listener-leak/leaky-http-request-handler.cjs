// node:http: the server outlives every request, and each request adds a listener to it.
const http = require('node:http');

const server = http.createServer();

server.on('request', (req, res) => {
  server.on('close', () => res.destroy()); // expect: listener-leak
  res.end('ok');
});

server.listen(3000);
