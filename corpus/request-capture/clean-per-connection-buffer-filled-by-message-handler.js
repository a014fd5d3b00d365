// Each connection collects its own messages in an array made for that connection; the array
// goes with the connection, however many messages it keeps.
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ port: 4960 });

wss.on('connection', (ws) => {
  const received = [];
  ws.on('message', (msg) => {
    received.push(msg);
    if (received.length === 3) ws.close();
  });
});
