'use strict';

const express = require('express');

const MAX_TRIES = 4;
const outbox = []; // expect: unbounded-collection

async function flushOutbox(send) {
  for (const mail of [...outbox]) {
    if (mail.tries >= MAX_TRIES) continue;
    try {
      await send(mail.to, mail.body);
      outbox.splice(outbox.indexOf(mail), 1);
    } catch (err) {
      mail.tries += 1;
      mail.lastError = err.message;
    }
  }
}

const app = express();
app.post('/invite', express.json(), (req, res) => {
  outbox.push({ to: req.body.email, body: `Join ${req.body.team}`, tries: 0 });
  res.sendStatus(202);
});

setInterval(() => flushOutbox(async () => {}), 10_000).unref();

module.exports = app;
