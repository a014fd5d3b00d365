'use strict';
// Each live view follows its match's channel; the subscriber connection it gets back is dropped,
// so every view leaves a Redis connection open.
const { WebSocketServer } = require('ws');
const { follow } = require('./feed');

const wss = new WebSocketServer({ port: 8096 });

wss.on('connection', async (ws, req) => {
  const match = new URL(req.url, 'http://localhost').searchParams.get('match');
  await follow(`match:${match}`, (event) => ws.send(JSON.stringify(event))); // expect: unclosed-watcher
});
