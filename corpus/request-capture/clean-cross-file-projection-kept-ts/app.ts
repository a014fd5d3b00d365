// The handler hands the whole request to `audit.add`, which keeps a record made from it: the
// request itself goes when the response is done.
import express, { Request, Response } from 'express';
import { audit } from './audit';

const app = express();

app.get('/items/:id', (req: Request, res: Response) => {
  audit.add(req);
  res.json({ id: req.params.id });
});

app.listen(3000);
