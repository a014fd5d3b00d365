import { Router, Request, Response } from 'express';
import { audit } from './audit';

export const routes = Router();

routes.delete('/projects/:id', (req: Request, res: Response) => {
  audit.actorFrom(() => ({ id: String(req.headers['x-user-id']), ip: req.ip })); // expect: request-capture
  audit.record(`delete project ${req.params.id}`);
  res.status(204).end();
});
