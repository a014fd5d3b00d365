// Grown here; reaper.js deletes expired entries through the exports object.
const http = require('http');

const sessions = new Map();

http.createServer((req, res) => {
  sessions.set(req.headers['x-session'], Date.now());
  res.end();
}).listen(8096);

module.exports = { sessions };
