'use strict';
const express = require('express');
const Redis = require('ioredis');

const publisher = new Redis(process.env.REDIS_URL);
const replies = new Redis(process.env.REDIS_URL);
replies.subscribe('pricing:replies');

// Ask the pricing workers for a quote and wait for the reply that carries our id.
function requestQuote(sku, quantity) {
  const id = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve, reject) => {
    const onReply = (channel, raw) => {
      const reply = JSON.parse(raw);
      if (reply.id !== id) return;
      clearTimeout(deadline);
      replies.removeListener('message', onReply);
      resolve(reply.quote);
    };
    const deadline = setTimeout(() => {
      reject(new Error(`no quote for ${sku} within 5s`));
    }, 5000);
    replies.on('message', onReply);
    publisher.publish('pricing:requests', JSON.stringify({ id, sku, quantity })).catch((err) => {
      clearTimeout(deadline);
      replies.removeListener('message', onReply);
      reject(err);
    });
  });
}

const app = express();
app.get('/quote/:sku', async (req, res, next) => {
  try {
    res.json(await requestQuote(req.params.sku, Number(req.query.qty) || 1)); // expect: listener-leak
  } catch (err) {
    next(err);
  }
});

module.exports = app;
