// A shutdown hook registered per request keeps every request and response alive.
import express, { Request, Response } from 'express';

const app = express();

app.post('/upload', (req: Request, res: Response) => {
  const started = Date.now();
  process.on('SIGTERM', () => { // expect: listener-leak
    res.status(503).end(`aborted after ${Date.now() - started} ms`);
  });
  req.pipe(res);
});

export default app;
