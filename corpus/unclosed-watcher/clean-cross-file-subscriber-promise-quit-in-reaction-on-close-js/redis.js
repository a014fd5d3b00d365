'use strict';
const { createClient } = require('redis');

const redis = createClient({ url: process.env.REDIS_URL });

async function openSubscriber() {
  const sub = redis.duplicate();
  await sub.connect();
  return sub;
}

module.exports = { redis, openSubscriber };
