'use strict';
const express = require('express');
const Redis = require('ioredis');
const { randomUUID } = require('crypto');

const subscriber = new Redis(process.env.REDIS_URL);
const publisher = new Redis(process.env.REDIS_URL);
subscriber.subscribe('quotes:replies');

const app = express();
app.get('/quote/:sku', async (req, res) => {
  const requestId = randomUUID();
  const onReply = (channel, raw) => {
    const reply = JSON.parse(raw);
    if (reply.requestId !== requestId) return;
    clearTimeout(timer);
    subscriber.removeListener('message', onReply);
    res.json(reply.quote);
  };
  const timer = setTimeout(() => res.status(504).json({ error: 'pricing did not answer' }), 5000);
  subscriber.on('message', onReply); // expect: listener-leak
  await publisher.publish('quotes:requests', JSON.stringify({ requestId, sku: req.params.sku }));
});

app.listen(3000);
