'use strict';

const { WebSocketServer } = require('ws');
const { recordLogout } = require('./audit');

const online = new Map(); // expect: unbounded-collection
const wss = new WebSocketServer({ port: 8080 });
let seq = 0;

wss.on('connection', (ws) => {
  const id = `c${seq++}`;
  online.set(id, ws);
  ws.on('close', async () => {
    try {
      await recordLogout(id);
      online.delete(id);
    } catch (err) {
      console.error('audit failed', err);
    }
  });
});
