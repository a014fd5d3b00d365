// The request handler is a named function handed to createServer by name: it runs once per
// request just like an inline one, and every request leaves its URL in the list.
const http = require('http');

const visited = []; // expect: unbounded-collection

function handle(req, res) {
  visited.push({ url: req.url, at: Date.now() });
  res.end('ok');
}

http.createServer(handle).listen(8094);
