// A small "do it later" helper: the closure over the request waits in the timer for a minute
// after the response went out.
import express, { Request, Response } from 'express';

const app = express();

function afterDelay(work: () => void, ms: number): void {
  setTimeout(() => {
    try {
      work();
    } catch (err) {
      console.error('deferred work failed', err);
    }
  }, ms);
}

app.post('/orders', (req: Request, res: Response) => {
  res.status(201).json({ ok: true });
  afterDelay(() => audit(req.ip, req.body), 60_000); // expect: request-capture
});

function audit(ip: string | undefined, body: unknown): void {
  console.log(ip, body);
}

app.listen(3000);
