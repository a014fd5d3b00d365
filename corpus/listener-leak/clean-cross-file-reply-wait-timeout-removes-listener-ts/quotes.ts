import express from 'express';
import { EventEmitter } from 'node:events';
import { awaitAnswer } from './correlate';

const channel = new EventEmitter();
let tickets = 0;
const app = express();

app.get('/quote/:symbol', async (req, res) => {
  const ticket = ++tickets;
  channel.emit('ask', { ticket, symbol: req.params.symbol });
  try {
    res.json(await awaitAnswer(channel, ticket, 2000));
  } catch (error) {
    res.status(504).json({ error: (error as Error).message });
  }
});

app.listen(3000);
