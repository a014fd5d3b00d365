// Every upload registers a shutdown handler that holds its request: they pile up until the
// process stops.
import express from 'express';
import { onShutdown } from './lifecycle';

const app = express();

app.post('/uploads', (req, res) => {
  onShutdown(() => req.destroy()); // expect: listener-leak
  req.on('end', () => res.sendStatus(201));
  req.resume();
});

app.listen(3000);
