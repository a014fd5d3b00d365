// A client that closes the download early leaves the cursor stream open, and with it a pooled
// client: `pipe` never destroys its source.
import { Router } from 'express';
import { Transform } from 'stream';
import { auditLog } from './audit-log.repository';

export function auditRoutes(): Router {
  const router = Router();
  router.get('/tenants/:tenantId/audit.ndjson', async (req, res) => {
    const entries = await auditLog.streamFor(req.params.tenantId);
    const toLines = new Transform({
      writableObjectMode: true,
      transform(entry, _encoding, done) {
        done(null, `${JSON.stringify(entry)}\n`);
      },
    });
    res.type('application/x-ndjson');
    entries.pipe(toLines).pipe(res); // expect: unended-stream
  });
  return router;
}
