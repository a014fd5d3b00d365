// The forwarding listener is taken off the shared subscriber when the viewer's socket closes.
const { WebSocketServer } = require('ws');
const { createClient } = require('redis');

const subscriber = createClient({ url: process.env.REDIS_URL }).duplicate();
const wss = new WebSocketServer({ port: 4601 });

wss.on('connection', (ws, req) => {
  const board = new URL(req.url, 'http://x').searchParams.get('board') || 'main';
  const forward = (message) => ws.send(message);
  subscriber.subscribe(`board:${board}`, forward).catch(() => ws.close(1011));
  ws.on('close', () => {
    subscriber.unsubscribe(`board:${board}`, forward).catch(() => {});
  });
});
