const http = require('http');
const { alerts, listen, unlisten } = require('./bus');

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const push = (alert) => res.write(`data: ${JSON.stringify(alert)}\n\n`);
  listen(alerts, push);
  req.on('close', () => unlisten(alerts, push));
}).listen(8040);
