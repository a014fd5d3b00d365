// Every admin action is appended to the module's trail, which only ever grows.
import express from 'express';
import { appendRecord, trailSize, type AuditRecord } from './audit';

const trail: AuditRecord[] = []; // expect: unbounded-collection
const app = express();

app.post('/admin/:action', (req, res) => {
  appendRecord(trail, String(req.headers['x-user']), req.params.action);
  res.json({ recorded: trailSize(trail) });
});

export default app;
