// Opens a Redis connection subscribed to one channel and hands it back to the caller to close.
'use strict';

const { createClient } = require('redis');

async function openSubscriber(channel, onMessage) {
  const client = createClient({ url: process.env.REDIS_URL });
  await client.connect();
  await client.subscribe(channel, onMessage);
  return client;
}

module.exports = { openSubscriber };
