// The promise timer takes a signal, and the handler aborts it once the race is over.
const express = require('express');
const { setTimeout: sleep } = require('node:timers/promises');

const app = express();

app.get('/items/:id', async (req, res) => {
  const timer = new AbortController();
  const deadline = sleep(30000, undefined, { signal: timer.signal }).then(() => {
    throw new Error('lookup timed out');
  });
  try {
    const response = await Promise.race([fetch(`https://inventory.internal/items/${req.params.id}`), deadline]);
    res.json(await response.json());
  } catch (error) {
    res.status(504).json({ error: String(error) });
  } finally {
    timer.abort();
  }
});

app.listen(3501);
