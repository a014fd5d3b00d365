// The same report stream in TypeScript.
import { Readable } from 'node:stream';
import type { Pool } from 'pg';

async function* rows(pool: Pool, month: string): AsyncGenerator<string> {
  const client = await pool.connect();
  try {
    const { rows: all } = await client.query('SELECT id, total FROM sales WHERE month = $1', [month]);
    for (const row of all) yield `${row.id},${row.total}\n`;
  } finally {
    client.release();
  }
}

export function reportStream(pool: Pool, month: string): Readable {
  return Readable.from(rows(pool, month));
}
