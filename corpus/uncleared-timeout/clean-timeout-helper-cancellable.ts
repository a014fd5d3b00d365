// The deadline helper hands back a way to clear its timer, and the handler clears it once the
// race settles; the sleep helper is only ever awaited on its own, never raced.
import express from 'express';

function deadline(ms: number): { promise: Promise<never>; clear(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('deadline')), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

declare function callUpstream(body: unknown): Promise<unknown>;

const app = express();
app.post('/quote', async (req, res) => {
  const limit = deadline(30_000);
  try {
    res.json(await Promise.race([callUpstream(req.body), limit.promise]));
  } finally {
    limit.clear();
  }
});
app.post('/retry', async (req, res) => {
  await sleep(250);
  res.json(await callUpstream(req.body));
});
app.listen(3000);
