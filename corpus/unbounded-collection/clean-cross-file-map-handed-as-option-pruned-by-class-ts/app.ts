// Each client's count lives a minute: the table holds the clients of the last minute only.
import express from 'express';
import { HitCounter } from './limiter';

const hits = new Map<string, number>();
export const app = express();

app.use((req, res, next) => {
  const seen = new HitCounter({ hits }).count(String(req.get('x-client-id')));
  if (seen > 100) return res.sendStatus(429);
  next();
});
