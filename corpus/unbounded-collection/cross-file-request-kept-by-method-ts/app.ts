// Each request goes into the recorder's array for good, with its socket and body.
import express, { Request, Response } from 'express';
import { recorder } from './recorder';

const app = express();

app.post('/orders', (req: Request, res: Response) => {
  recorder.add(req); // expect: unbounded-collection
  res.sendStatus(202);
});

app.listen(3000);
