'use strict';
const { WebSocketServer } = require('ws');
const orders = require('./watchers');

// Clients stop watching only by sending an 'unwatch' message; a dropped connection never does.
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  ws.on('message', (raw) => {
    const { op, orderId } = JSON.parse(String(raw));
    if (op === 'watch') orders.watch(orderId, ws); // expect: unbounded-collection
    else if (op === 'unwatch') orders.unwatch(orderId, ws);
  });
});
