// The same move gives the connection back in `finally`, whichever way the transaction ends.
import { Pool } from 'pg';

const pool = new Pool({ max: 10 });

export async function moveStock(sku: string, from: string, to: string, units: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('UPDATE stock SET units = units - $3 WHERE sku = $1 AND site = $2', [sku, from, units]);
    await client.query('UPDATE stock SET units = units + $3 WHERE sku = $1 AND site = $2', [sku, to, units]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
