// The imported pause is awaited, not raced: its timer is over by the time the handler goes on.
const express = require('express');
const { sleep } = require('./sleep');

const app = express();
app.post('/retry', async (req, res) => {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const response = await fetch('https://billing.internal/charge', { method: 'POST' });
    if (response.ok) return res.sendStatus(204);
    await sleep(250 * 2 ** attempt);
  }
  res.sendStatus(502);
});
app.listen(4201);
