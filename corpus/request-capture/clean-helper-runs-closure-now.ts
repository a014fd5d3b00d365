// A helper that runs the closure it is given at once (retrying in the same call) and keeps
// nothing: the closure over the request ends with the awaited call.
import express, { Request, Response } from 'express';

const app = express();

async function attempt<T>(work: () => Promise<T>, tries = 3): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i += 1) {
    try {
      return await work();
    } catch (err) {
      last = err;
    }
  }
  throw last;
}

app.post('/orders', async (req: Request, res: Response) => {
  const saved = await attempt(() => save(req.body));
  res.status(201).json(saved);
});

async function save(body: unknown): Promise<unknown> {
  return body;
}

app.listen(3000);
