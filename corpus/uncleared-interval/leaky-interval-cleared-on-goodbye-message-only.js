// Each connection gets a keep-alive interval that only a 'bye' message stops; a client that
// just disconnects never sends it, and the interval keeps pinging a dead socket, holding it.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  const keepAlive = setInterval(() => ws.ping(), 30_000); // expect: uncleared-interval
  ws.on('message', (message) => {
    if (String(message) === 'bye') clearInterval(keepAlive);
  });
});
