// pipeline() destroys every stage when the client closes early, so the cursor stream ends and
// its pooled client goes back.
import { Router } from 'express';
import { Transform, pipeline } from 'stream';
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
    pipeline(entries, toLines, res, (err) => {
      if (err) req.log?.warn({ err }, 'audit download ended early');
    });
  });
  return router;
}
