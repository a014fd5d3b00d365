// Every response waits, once, for the server to close so it can end early. The server closes
// only at shutdown, so each response's `once` listener stays on it until then.
const http = require('http');

http.createServer((req, res) => {
  res.connection.server.once('close', () => res.end()); // expect: listener-leak
  res.write('working...');
}).listen(8093);
