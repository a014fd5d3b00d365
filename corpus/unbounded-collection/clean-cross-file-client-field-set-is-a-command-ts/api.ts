import express from 'express';
import Redis from 'ioredis';
import { RateWindow } from './rate-window';

const window = new RateWindow(new Redis(process.env.REDIS_URL ?? 'redis://localhost'));
const app = express();

app.use(async (req, res, next) => {
  const count = await window.hit(req.ip ?? 'unknown');
  if (count > 600) return res.status(429).end();
  next();
});

app.listen(3000);
