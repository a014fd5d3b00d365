// Streams the audit log through a pg cursor; the pooled client goes back when the stream ends,
// fails or is destroyed.
import { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import type { Readable } from 'stream';

const AUDIT_SQL = 'SELECT at, actor, action, target FROM audit_log WHERE tenant_id = $1 ORDER BY at';

export class AuditLogRepository {
  constructor(private readonly pool: Pool) {}

  async streamFor(tenantId: string): Promise<Readable> {
    const client = await this.pool.connect();
    const entries = client.query(new QueryStream(AUDIT_SQL, [tenantId], { batchSize: 200 }));
    entries.once('close', () => client.release());
    return entries;
  }
}

export const auditLog = new AuditLogRepository(new Pool({ max: 10 }));
