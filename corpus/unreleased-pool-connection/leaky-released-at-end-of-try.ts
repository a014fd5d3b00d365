// Moving stock between warehouses runs in one transaction. The connection goes back to the
// pool at the end of the `try`: a failed update rolls back and rethrows, and leaves it out.
import { Pool } from 'pg';

const pool = new Pool({ max: 10 });

export async function moveStock(sku: string, from: string, to: string, units: number): Promise<void> {
  const client = await pool.connect(); // expect: unreleased-pool-connection
  try {
    await client.query('BEGIN');
    await client.query('UPDATE stock SET units = units - $3 WHERE sku = $1 AND site = $2', [sku, from, units]);
    await client.query('UPDATE stock SET units = units + $3 WHERE sku = $1 AND site = $2', [sku, to, units]);
    await client.query('COMMIT');
    client.release();
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
}
