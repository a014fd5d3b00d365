// The twin: the gateway leaves the channel and then disconnects the subscriber its helper
// handed back, so each closed socket ends its connection too.
'use strict';
const Redis = require('ioredis');
const { WebSocketServer } = require('ws');

function openRoomFeed(room, deliver) {
  const subscriber = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  subscriber.on('message', (_channel, payload) => deliver(payload));
  subscriber.subscribe(`room:${room}`);
  return subscriber;
}

const wss = new WebSocketServer({ port: 8120 });

wss.on('connection', (ws, req) => {
  const room = new URL(req.url || '/', 'http://localhost').searchParams.get('room') || 'lobby';
  const feed = openRoomFeed(room, (payload) => ws.send(payload));
  ws.on('close', () => {
    feed.unsubscribe(`room:${room}`).finally(() => feed.disconnect());
  });
});
