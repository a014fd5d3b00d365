import { createPool } from 'mysql2/promise';
import { applyTimezone } from './session';

const pool = createPool({ uri: process.env.DATABASE_URL, connectionLimit: 8 });

export async function latestOrder(customerId: string, zone: string) {
  const conn = await pool.getConnection(); // expect: unreleased-pool-connection
  await applyTimezone(conn, zone);
  const [rows]: any = await conn.query('SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 1', [customerId]);
  if (rows.length === 0) {
    return null;
  }
  conn.release();
  return rows[0];
}
