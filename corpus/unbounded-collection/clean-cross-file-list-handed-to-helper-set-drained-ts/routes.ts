// Every admin action is appended to the module's trail, which a timer drains into the audit
// sink every few seconds.
import express from 'express';
import { appendRecord, drain, trailSize, type AuditRecord } from './audit';

declare function ship(records: AuditRecord[]): Promise<void>;

const trail: AuditRecord[] = [];
const app = express();

setInterval(() => void ship(drain(trail)), 5_000).unref();

app.post('/admin/:action', (req, res) => {
  appendRecord(trail, String(req.headers['x-user']), req.params.action);
  res.json({ recorded: trailSize(trail) });
});

export default app;
