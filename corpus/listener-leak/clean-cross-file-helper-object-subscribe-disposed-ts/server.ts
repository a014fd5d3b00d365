// Each request keeps the disposer and calls it when the response closes.
import express from 'express';
import { EventEmitter } from 'events';
import { events } from './events';

const bus = new EventEmitter();
const app = express();

app.get('/watch', (req, res) => {
  const stop = events.subscribe(bus, (x) => res.write(String(x)));
  res.on('close', stop);
});

app.listen(3000);
