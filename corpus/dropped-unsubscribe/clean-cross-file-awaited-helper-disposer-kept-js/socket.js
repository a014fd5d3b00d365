'use strict';

const { WebSocketServer } = require('ws');
const { watchPresence } = require('./presence');

const wss = new WebSocketServer({ port: 8095 });

wss.on('connection', async (ws) => {
  const stop = await watchPresence((user) => ws.send(JSON.stringify({ online: user })));
  ws.on('close', stop);
  ws.send(JSON.stringify({ ready: true }));
});
