// One module-level trail over one module-level array, which the trail keeps to its limit:
// the array never holds more than 500 entries.
import express from 'express';
import { AuditTrail, AuditEntry } from './audit';

const history: AuditEntry[] = [];
const trail = new AuditTrail(history);
export const app = express();

app.post('/orders', (req, res) => {
  trail.record(String(req.headers['x-user']), 'order');
  res.sendStatus(201);
});
