// A deadline helper that hands back only a promise: each request races it against the upstream
// call, and when the upstream answers first the 30-second timer stays pending with its closure.
import express from 'express';

function deadline(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
}

declare function callUpstream(body: unknown): Promise<unknown>;

const app = express();
app.post('/quote', async (req, res) => {
  const quote = await Promise.race([callUpstream(req.body), deadline(30_000, 'upstream')]); // expect: uncleared-timeout
  res.json(quote);
});
app.listen(3000);
