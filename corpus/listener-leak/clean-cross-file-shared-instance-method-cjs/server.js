const express = require('express');
const { Usage } = require('./usage');
const meter = require('./meter');

const app = express();

// Each report gets its own meter, which goes away with the request.
app.get('/accounts/:id/report', (req, res) => {
  const local = new Usage();
  local.onCharge((c) => res.write(`${c.cents}\n`));
  local.charge(req.params.id, 0);
  res.end();
});

app.post('/accounts/:id/charge', (req, res) => {
  meter.charge(req.params.id, Number(req.query.cents));
  res.sendStatus(204);
});

app.listen(3001);
