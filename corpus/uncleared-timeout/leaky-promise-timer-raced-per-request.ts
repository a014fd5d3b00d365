// Each request races its lookup against a 30 s promise timer; when the lookup wins, nothing
// cancels the timer, and its rejection reaction waits out the 30 s with the request's closure.
import express from 'express';
import { setTimeout as sleep } from 'node:timers/promises';

const app = express();

async function lookup(id: string): Promise<unknown> {
  const response = await fetch(`https://inventory.internal/items/${encodeURIComponent(id)}`);
  return response.json();
}

app.get('/items/:id', async (req, res) => {
  const deadline = sleep(30_000).then(() => { // expect: uncleared-timeout
    throw new Error(`lookup of ${req.params.id} timed out`);
  });
  try {
    res.json(await Promise.race([lookup(req.params.id), deadline]));
  } catch (error) {
    res.status(504).json({ error: String(error) });
  }
});

app.listen(3500);
