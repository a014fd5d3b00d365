// Couriers long-poll for work. The dispatcher answers waiting couriers and splices them out,
// but a poll that times out is answered with 204 and its entry, response and all, stays.
const express = require('express');

const app = express();
app.use(express.json());

const waiting = []; // expect: unbounded-collection

app.get('/couriers/poll', (req, res) => {
  const entry = { zone: String(req.query.zone), res };
  entry.timer = setTimeout(() => res.status(204).end(), 30000);
  waiting.push(entry);
});

app.post('/zones/:zone/jobs', (req, res) => {
  let handed = 0;
  for (let i = waiting.length - 1; i >= 0; i--) {
    const entry = waiting[i];
    if (entry.zone !== req.params.zone) continue;
    clearTimeout(entry.timer);
    entry.res.json(req.body);
    waiting.splice(i, 1);
    handed += 1;
  }
  res.json({ handed });
});

module.exports = app;
