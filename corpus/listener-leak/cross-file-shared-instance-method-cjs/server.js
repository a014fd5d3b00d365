const express = require('express');
const meter = require('./meter');

const app = express();

app.get('/accounts/:id/charges', (req, res) => {
  res.type('text/plain');
  meter.onCharge((c) => { // expect: listener-leak
    if (c.account === req.params.id) res.write(`${c.cents}\n`);
  });
});

app.post('/accounts/:id/charge', (req, res) => {
  meter.charge(req.params.id, Number(req.query.cents));
  res.sendStatus(204);
});

app.listen(3001);
