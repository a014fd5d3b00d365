// The route drops the disposer `onTick` returns and calls `onPrice` per request; start-up
// registrations and a kept disposer are fine.
import express from 'express';
import { EventEmitter } from 'node:events';
import onTick, { onPrice } from './events.js';

const market = new EventEmitter();
const app = express();

app.get('/quote', (_req, res) => {
  onPrice(market, (price) => res.write(String(price))); // expect: listener-leak
  onTick(market, () => undefined); // expect: listener-leak
  const stop = onTick(market, () => undefined);
  res.on('finish', stop);
  res.end();
});

onPrice(market, (price) => console.log(price));

export default app;
