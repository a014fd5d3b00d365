// One module-level trail over one module-level array: every order request adds an entry that
// nothing ever takes out.
import express from 'express';
import { AuditTrail, AuditEntry } from './audit';

const history: AuditEntry[] = []; // expect: unbounded-collection
const trail = new AuditTrail(history);
export const app = express();

app.post('/orders', (req, res) => {
  trail.record(String(req.headers['x-user']), 'order');
  res.sendStatus(201);
});
