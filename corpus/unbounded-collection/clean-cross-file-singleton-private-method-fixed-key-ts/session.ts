import { Router } from 'express';
import { auditLog } from './audit';

export const sessions = Router();

sessions.post('/login', (req, res) => {
  auditLog.recordLogin();
  res.status(204).end();
});

sessions.get('/audit', (_req, res) => {
  res.json(auditLog.summary());
});
