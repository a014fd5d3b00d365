import express from 'express';
import { randomUUID } from 'node:crypto';
import { timings } from './timings';

const app = express();
const ROUTE_NAMES = { report: 'GET /report' } as const;

app.get('/report', async (req, res) => {
  const id = (req.headers['x-request-id'] as string | undefined) ?? randomUUID();
  timings.start(id, ROUTE_NAMES.report);
  try {
    res.json(await buildReport(String(req.query.month)));
  } finally {
    timings.stop(id);
  }
});

async function buildReport(month: string): Promise<object> {
  return { month };
}

app.listen(3000);
