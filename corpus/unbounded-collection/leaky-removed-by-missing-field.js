// The answer handler removes the waiting entry by `entry.requestId`, but the entries never
// had that field: the key is `undefined`, nothing is removed, and every question stays.
const express = require('express');
const { randomUUID } = require('node:crypto');
const bus = require('./bus');

const waiting = new Map(); // expect: unbounded-collection

function ask(question) {
  const requestId = randomUUID();
  return new Promise((resolve) => {
    waiting.set(requestId, { resolve, question, askedAt: Date.now() });
    bus.publish('questions', { requestId, question });
  });
}

bus.subscribe('answers', (message) => {
  const entry = waiting.get(message.requestId);
  if (!entry) return;
  entry.resolve(message.answer);
  waiting.delete(entry.requestId);
});

const app = express();
app.post('/ask', async (req, res) => res.json({ answer: await ask(String(req.query.q)) }));
app.listen(3000);
