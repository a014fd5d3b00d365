// The socket keeps the promise of its subscriber and, when it closes, quits the subscriber
// that promise hands over.
'use strict';
const { WebSocketServer } = require('ws');
const { openSubscriber } = require('./redis');

const wss = new WebSocketServer({ port: 8140 });

wss.on('connection', async (ws, req) => {
  const match = new URL(req.url, 'http://localhost').searchParams.get('match');
  const pending = openSubscriber();
  ws.on('close', () => {
    pending.then((sub) => sub.quit()).catch(() => {});
  });
  const sub = await pending;
  await sub.subscribe(`match:${match}`, (message) => ws.send(message));
});
