// Admin requests go through the log's own `record()`, which bounds it.
import express from 'express';
import audit from './audit-log';

const router = express.Router();

router.post('/admin/:action', (req, res) => {
  audit.record({ actor: String(req.headers['x-user']), action: req.params.action, at: Date.now() });
  res.json({ recent: audit.latest(20) });
});

export default router;
