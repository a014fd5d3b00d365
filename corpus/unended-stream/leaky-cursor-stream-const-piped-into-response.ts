// The cursor stream is made from a QueryStream kept in a const, then piped into the response: a
// client that goes away leaves the cursor open, with its pooled client.
import type { Request, Response } from 'express';
import { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import { stringify } from 'csv-stringify';

const pool = new Pool();

export async function exportSignups(req: Request, res: Response): Promise<void> {
  const client = await pool.connect();
  const cursor = new QueryStream('SELECT email, created_at FROM signups WHERE campaign = $1', [req.params.campaign]);
  const rows = client.query(cursor);
  rows.on('close', () => client.release());
  res.type('text/csv');
  rows.pipe(stringify({ header: true })).pipe(res); // expect: unended-stream
}
