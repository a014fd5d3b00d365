'use strict';
// Opens a dedicated subscriber connection for a channel and hands it back once subscribed.
const Redis = require('ioredis');

async function follow(channel, onMessage) {
  const subscriber = new Redis(process.env.REDIS_URL);
  subscriber.on('message', (from, raw) => {
    if (from === channel) onMessage(JSON.parse(raw));
  });
  await subscriber.subscribe(channel);
  return subscriber;
}

module.exports = { follow };
