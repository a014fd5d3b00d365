// A listener registered with `{ signal }` on a long-lived target is removed when the request's
// controller aborts, so the closure (and the response it uses) goes with the request. This is
// the same release listener-leak honours.
import express, { Request, Response } from 'express';

const app = express();
const ticker = new EventTarget();

app.get('/ticks', (req: Request, res: Response) => {
  const controller = new AbortController();
  ticker.addEventListener('tick', () => res.write('tick\n'), { signal: controller.signal });
  req.on('close', () => controller.abort());
});

app.get('/first-tick', (req: Request, res: Response) => {
  ticker.addEventListener('tick', () => res.end('first\n'), { once: true });
});

export default app;
