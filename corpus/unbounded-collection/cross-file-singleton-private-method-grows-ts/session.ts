import { Router } from 'express';
import { auditLog } from './audit';

export const sessions = Router();

sessions.post('/login', (req, res) => {
  auditLog.recordLogin(req.body.email); // expect: unbounded-collection
  res.status(204).end();
});

sessions.get('/audit/:actor', (req, res) => {
  res.json(auditLog.recent(req.params.actor));
});
