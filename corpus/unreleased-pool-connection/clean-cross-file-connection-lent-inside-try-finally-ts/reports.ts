import { createPool } from 'mysql2/promise';
import { tagSession } from './session';

const pool = createPool({ uri: process.env.DATABASE_URL, connectionLimit: 8 });

export async function monthlyTotals(requestId: string, month: string) {
  const conn = await pool.getConnection();
  try {
    await tagSession(conn, requestId);
    const [rows]: any = await conn.query('SELECT SUM(total) AS total FROM orders WHERE month = ?', [month]);
    if (rows.length === 0) {
      return 0;
    }
    return rows[0].total;
  } finally {
    conn.release();
  }
}
