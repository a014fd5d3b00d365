'use strict';

const { WebSocketServer } = require('ws');
const { recordLogout } = require('./audit');

const online = new Map();
const wss = new WebSocketServer({ port: 8080 });
let seq = 0;

wss.on('connection', (ws) => {
  const id = `c${seq++}`;
  online.set(id, ws);
  ws.on('close', async () => {
    online.delete(id);
    try {
      await recordLogout(id);
    } catch (err) {
      console.error('audit failed', err);
    }
  });
});
