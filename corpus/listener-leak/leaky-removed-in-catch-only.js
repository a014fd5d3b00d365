// The handler comes off the shared subscriber only when subscribing fails; a subscription that
// works keeps it for good, and `close()` only unsubscribes the channel.
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
  return () => subscriber.unsubscribe(channel);
}

const wss = new WebSocketServer({ port: 8096 });
wss.on('connection', async (ws, req) => {
  const stop = await follow(`room:${req.url}`, (msg) => ws.send(JSON.stringify(msg))); // expect: listener-leak
  ws.on('close', stop);
});
