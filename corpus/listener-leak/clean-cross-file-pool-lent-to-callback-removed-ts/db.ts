// Runs work on a pooled connection and gives it back afterwards. The pool keeps its
// connections open between borrowers (no idle timeout), so each one serves many callers.
import { Pool, type PoolClient } from 'pg';

const pool = new Pool({ max: 10, idleTimeoutMillis: 0 });

export async function onConnection<T>(work: (conn: PoolClient) => Promise<T>): Promise<T> {
  const conn = await pool.connect();
  try {
    return await work(conn);
  } finally {
    conn.release();
  }
}
