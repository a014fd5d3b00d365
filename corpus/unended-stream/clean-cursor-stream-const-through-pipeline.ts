// The same export through pipeline(), which destroys the cursor stream when the client leaves.
import type { Request, Response } from 'express';
import { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';
import { pipeline } from 'node:stream/promises';

const pool = new Pool();

export async function exportSignups(req: Request, res: Response): Promise<void> {
  const client = await pool.connect();
  const cursor = new QueryStream('SELECT email, created_at FROM signups WHERE campaign = $1', [req.params.campaign]);
  const rows = client.query(cursor);
  rows.on('close', () => client.release());
  res.type('text/csv');
  await pipeline(rows, stringify({ header: true }), res).catch(() => res.destroy());
}
