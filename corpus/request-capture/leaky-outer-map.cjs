// A Map declared by the factory outlives each request of the server it creates.
const http = require('http');

module.exports = function createServer() {
  const byId = new Map();
  return http.createServer((req, res) => {
    byId.set(req.headers['x-request-id'], () => res.end('late')); // expect: request-capture
  });
};
