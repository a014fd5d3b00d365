// A module promise that only SIGTERM settles: each request races its upstream call against it,
// and every reaction stays until the process ends.
import express, { Request, Response } from 'express';

let markLatch: () => void = () => {};
const latch = new Promise<void>((resolve) => {
  markLatch = resolve;
});
process.on('SIGTERM', () => markLatch());

export const app = express();

app.get('/quote/:symbol', async (req: Request, res: Response) => {
  const quote = await Promise.race([
    fetch(`https://quotes.internal/${req.params.symbol}`).then((r) => r.json()),
    latch.then(() => { throw new Error('stopping'); }), // expect: long-lived-promise-race
  ]);
  res.json(quote);
});
