// The finally releases, but the `try` starts only after a check that can return first: every
// request for a missing tenant keeps a pooled client checked out.
import type { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool({ max: 10 });

export async function tenantUsage(req: Request, res: Response): Promise<void> {
  const client = await pool.connect(); // expect: unreleased-pool-connection
  const tenant = String(req.params.tenant ?? '');
  if (!tenant) {
    res.status(400).json({ error: 'tenant required' });
    return;
  }
  try {
    const { rows } = await client.query('SELECT sum(bytes) AS used FROM usage WHERE tenant = $1', [tenant]);
    res.json(rows[0]);
  } finally {
    client.release();
  }
}
