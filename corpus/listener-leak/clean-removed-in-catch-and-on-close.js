// The handler comes off the shared subscriber when subscribing fails, and again when the
// caller closes what it was handed.
const Redis = require('ioredis');
const { WebSocketServer } = require('ws');

const subscriber = new Redis(process.env.REDIS_URL);

async function follow(channel, deliver) {
  const onMessage = (from, raw) => {
    if (from === channel) deliver(JSON.parse(raw));
  };
  subscriber.on('message', onMessage);
  try {
    await subscriber.subscribe(channel);
  } catch (err) {
    subscriber.removeListener('message', onMessage);
    throw err;
  }
  return () => {
    subscriber.removeListener('message', onMessage);
    return subscriber.unsubscribe(channel);
  };
}

const wss = new WebSocketServer({ port: 8096 });
wss.on('connection', async (ws, req) => {
  const stop = await follow(`room:${req.url}`, (msg) => ws.send(JSON.stringify(msg)));
  ws.on('close', stop);
});
