// The timer's handle is kept in `timer`, but nothing ever clears it: every lookup that the
// work wins leaves a minute-long timer holding its closure.
import express from 'express';

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]);
}

const app = express();
app.get('/rates', async (req, res) => {
  const rates = await withTimeout(fetch(`https://rates.example/${req.query.to}`).then((r) => r.json()), 60_000); // expect: uncleared-timeout
  res.json(rates);
});
app.listen(3035);
