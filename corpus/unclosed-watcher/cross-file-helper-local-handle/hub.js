// Every browser that subscribes starts a watcher that outlives its connection.
const { WebSocketServer } = require('ws');
const { followFolder } = require('./follow');

const wss = new WebSocketServer({ port: 7070 });

wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const { folder } = JSON.parse(String(raw));
    followFolder(folder, (change) => ws.send(JSON.stringify(change))); // expect: unclosed-watcher
  });
});
