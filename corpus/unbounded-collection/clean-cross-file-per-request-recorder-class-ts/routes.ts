import { Router, Request, Response } from 'express';
import { ResponseRecorder } from './recorder';

export const routes = Router();

routes.get('/orders', (req: Request, res: Response) => {
  const recorder = new ResponseRecorder();
  recorder.note('auth');
  recorder.note(`query ${String(req.query.page ?? 1)}`);
  res.set('x-debug-steps', recorder.header()).json([]);
});
