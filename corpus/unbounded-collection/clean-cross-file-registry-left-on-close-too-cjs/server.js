'use strict';
const { WebSocketServer } = require('ws');
const orders = require('./watchers');

// Clients stop watching by sending an 'unwatch' message, and the connection's 'close' stops
// every watch it still has.
const wss = new WebSocketServer({ port: 8080 });
wss.on('connection', (ws) => {
  const watched = new Set();
  ws.on('message', (raw) => {
    const { op, orderId } = JSON.parse(String(raw));
    if (op === 'watch') {
      watched.add(orderId);
      orders.watch(orderId, ws);
    } else if (op === 'unwatch') {
      watched.delete(orderId);
      orders.unwatch(orderId, ws);
    }
  });
  ws.on('close', () => {
    for (const orderId of watched) orders.unwatch(orderId, ws);
  });
});
