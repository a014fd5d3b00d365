// The key is the request's method or a literal: a handful of entries at most, however many
// requests come. A naive matcher flags every `set` in a handler.
const http = require('http');
const { counters } = require('./counters');

http.createServer((req, res) => {
  counters.set(req.method, (counters.get(req.method) || 0) + 1);
  counters.set('total', (counters.get('total') || 0) + 1);
  res.end(JSON.stringify([...counters]));
}).listen(8080);
