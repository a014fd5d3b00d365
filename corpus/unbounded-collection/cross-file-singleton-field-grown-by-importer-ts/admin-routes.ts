// Every admin request appends to the shared log's array directly: it grows with traffic for
// as long as the process runs.
import express from 'express';
import audit from './audit-log';

const router = express.Router();

router.post('/admin/:action', (req, res) => {
  audit.entries.push({ actor: String(req.headers['x-user']), action: req.params.action, at: Date.now() }); // expect: unbounded-collection
  res.json({ recent: audit.latest(20) });
});

export default router;
