// A helper checks a connection out and hands it to its caller, who releases it: the checkout
// is the caller's to give back, not the helper's.
import { Pool, PoolClient } from 'pg';

const pool = new Pool();

export async function checkout(tag: string): Promise<PoolClient> {
  const client = await pool.connect();
  await client.query(`SET application_name = '${tag.replace(/'/g, "")}'`);
  return client;
}

export async function countOrders(): Promise<number> {
  const client = await checkout('reports');
  try {
    const { rows } = await client.query('SELECT count(*) AS n FROM orders');
    return Number(rows[0].n);
  } finally {
    client.release();
  }
}
