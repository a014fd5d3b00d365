'use strict';
const { WebSocketServer } = require('ws');
const { keepAlive } = require('./heartbeat');

const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  keepAlive(ws);
  ws.on('message', (data) => ws.send(data));
});
