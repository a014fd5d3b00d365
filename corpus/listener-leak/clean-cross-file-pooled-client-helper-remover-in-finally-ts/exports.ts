import { Pool } from 'pg';
import { collectNotices } from './trace';

const pool = new Pool({ idleTimeoutMillis: 0 });

export async function exportLedger(month: string): Promise<{ rows: unknown[]; notices: string[] }> {
  const client = await pool.connect();
  const notices: string[] = [];
  const stop = collectNotices(client, notices);
  try {
    const { rows } = await client.query('SELECT * FROM ledger_export($1)', [month]);
    return { rows, notices };
  } finally {
    stop();
    client.release();
  }
}
