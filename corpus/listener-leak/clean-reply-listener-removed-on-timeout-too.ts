import express from 'express';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const subscriber = new Redis(process.env.REDIS_URL ?? 'redis://localhost');
const publisher = new Redis(process.env.REDIS_URL ?? 'redis://localhost');
void subscriber.subscribe('quotes:replies');

const app = express();
app.get('/quote/:sku', async (req, res) => {
  const requestId = randomUUID();
  const onReply = (_channel: string, raw: string) => {
    const reply = JSON.parse(raw);
    if (reply.requestId !== requestId) return;
    clearTimeout(timer);
    subscriber.removeListener('message', onReply);
    res.json(reply.quote);
  };
  const timer = setTimeout(() => {
    subscriber.removeListener('message', onReply);
    res.status(504).json({ error: 'pricing did not answer' });
  }, 5000);
  subscriber.on('message', onReply);
  await publisher.publish('quotes:requests', JSON.stringify({ requestId, sku: req.params.sku }));
});

app.listen(3000);
