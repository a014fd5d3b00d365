'use strict';
const { WebSocketServer } = require('ws');
const { userFromCookie } = require('./auth');

const wss = new WebSocketServer({ port: 8090 });
const peers = new Map(); // expect: unbounded-collection
const peersByUser = new Map();

wss.on('connection', (ws, req) => {
  const id = req.headers['sec-websocket-key'];
  peers.set(id, ws);
  ws.on('close', () => {
    if (ws.user) {
      peersByUser.delete(ws.user.id);
      peers.delete(id);
    }
  });
  const user = userFromCookie(req.headers.cookie);
  if (!user) {
    ws.send(JSON.stringify({ mode: 'read-only' }));
    return;
  }
  ws.user = user;
  peersByUser.set(user.id, ws);
});
