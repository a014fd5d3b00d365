// A notification relay leaves its close listener early for sockets that never authenticated:
// those stay in the module's map.
'use strict';
const { WebSocketServer } = require('ws');

const relay = new WebSocketServer({ port: 8095 });
const sockets = new Map(); // expect: unbounded-collection
let nextId = 0;

relay.on('connection', (ws) => {
  const id = ++nextId;
  const entry = { ws, account: null };
  sockets.set(id, entry);
  ws.on('message', (token) => { entry.account = String(token); });
  ws.on('close', () => {
    if (!entry.account) return;
    sockets.delete(id);
    console.log(`${entry.account} went away`);
  });
});
