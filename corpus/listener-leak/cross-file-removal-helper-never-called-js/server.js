const http = require('http');
const { alerts, listen } = require('./bus');

http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const push = (alert) => res.write(`data: ${JSON.stringify(alert)}\n\n`);
  listen(alerts, push); // expect: listener-leak
}).listen(8040);
