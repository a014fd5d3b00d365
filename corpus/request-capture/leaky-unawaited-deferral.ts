// The promise is started but never awaited: the handler returns and the timer keeps the
// closure, and the request it reads, for a whole minute after the response.
import express, { Request, Response } from 'express';

const app = express();

app.post('/audit', (req: Request, res: Response) => {
  void new Promise((resolve) => setTimeout(() => resolve(req.headers), 60_000)); // expect: request-capture
  res.sendStatus(202);
});

export default app;
