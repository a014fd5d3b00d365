// Each request patches its own response and records the patch in the shared list: every
// response (and the request its hook captures) stays reachable from `applied` forever.
import express, { Request, Response, NextFunction } from 'express';
import { patch, applied } from './patch';

const app = express();

app.use((req: Request, res: Response, next: NextFunction) => {
  patch(res, 'json', (body) => console.log(req.method, req.path, JSON.stringify(body).length), applied); // expect: unbounded-collection
  next();
});

app.get('/', (_req: Request, res: Response) => res.json({ ok: true }));
app.listen(3001);
