// One channel for the process; every request waits on it for its own answer.
const express = require('express');
const { EventEmitter } = require('events');
const { awaitAnswer } = require('./correlate');

const channel = new EventEmitter();
let tickets = 0;
const app = express();

app.get('/quote/:symbol', async (req, res) => {
  const ticket = ++tickets;
  channel.emit('ask', { ticket, symbol: req.params.symbol });
  try {
    res.json(await awaitAnswer(channel, ticket, 2000)); // expect: listener-leak
  } catch (error) {
    res.status(504).json({ error: error.message });
  }
});

app.listen(3000);
