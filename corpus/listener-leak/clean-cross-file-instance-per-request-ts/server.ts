// Every request makes its own source, so the listener goes with the source when the request
// ends, although the handler never calls `unwatch()`.
import express, { Request, Response } from 'express';
import { QuoteSource } from './ticker';

const app = express();

app.get('/quote/:symbol', (req: Request, res: Response) => {
  const source = new QuoteSource();
  source.watch((price) => res.json({ price }));
  source.emit('price', 42);
});

app.listen(3202);
