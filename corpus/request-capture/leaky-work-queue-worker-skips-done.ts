import express, { type Response } from 'express';
import { queue } from 'async';

interface ReportJob {
  accountId: string;
  res: Response;
}

declare function buildReport(accountId: string, done: (err: Error | null, csv?: string) => void): void;

// Report builds hit the warehouse hard: three at a time.
const reports = queue<ReportJob>((job, done) => {
  buildReport(job.accountId, (err, csv) => {
    if (err) {
      job.res.status(503).json({ error: 'warehouse busy' });
      return;
    }
    job.res.type('text/csv').send(csv);
    done();
  });
}, 3);

export const router = express.Router();
router.get('/accounts/:id/report.csv', (req, res) => {
  reports.push({ accountId: req.params.id, res }); // expect: request-capture
});
