// The options this route passes end nothing, so each request leaves a listener behind.
import express from 'express';
import { subscribeTo } from './subscribe';

const orders = new EventTarget();
const app = express();

app.get('/orders/stream', (req, res) => {
  subscribeTo(orders, 'placed', (event) => res.write(`${(event as CustomEvent).detail}\n`), { passive: true }); // expect: listener-leak
});
app.listen(3000);
