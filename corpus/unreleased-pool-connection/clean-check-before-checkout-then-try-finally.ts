// The check runs before the checkout, and the `try` follows the checkout directly.
import type { Request, Response } from 'express';
import { Pool } from 'pg';

const pool = new Pool({ max: 10 });

export async function tenantUsage(req: Request, res: Response): Promise<void> {
  const tenant = String(req.params.tenant ?? '');
  if (!tenant) {
    res.status(400).json({ error: 'tenant required' });
    return;
  }
  const client = await pool.connect();
  try {
    const { rows } = await client.query('SELECT sum(bytes) AS used FROM usage WHERE tenant = $1', [tenant]);
    res.json(rows[0]);
  } finally {
    client.release();
  }
}
