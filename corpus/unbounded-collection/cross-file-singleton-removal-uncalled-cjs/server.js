// Every login adds a session and no file ever calls `forget()`: the table only grows.
const crypto = require('node:crypto');
const http = require('node:http');
const sessions = require('./sessions');

http.createServer((req, res) => {
  if (req.url === '/login') {
    const token = crypto.randomBytes(16).toString('hex');
    sessions.start(token, req.headers['x-user']); // expect: unbounded-collection
    res.end(token);
    return;
  }
  sessions.touch(String(req.headers.authorization));
  res.end('ok');
}).listen(8080);
