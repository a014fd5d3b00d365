// Upgraded sockets are collected by a server factory and never released: one finding, the
// container's, which names the socket each entry keeps (the capture rides in it).
const http = require('http');

function createGateway() {
  const upgraded = [];
  const server = http.createServer((req, res) => res.end());
  server.on('upgrade', (req, socket) => {
    upgraded.push({ socket, url: req.url }); // expect: request-capture
  });
  return server;
}

module.exports = createGateway;
