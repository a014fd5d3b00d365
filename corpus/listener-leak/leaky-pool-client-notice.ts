// A migration step checks a client out of a pg pool and logs the server's notices while it
// runs. The client is released back to the pool with its 'notice' listener: every later
// borrower's notices are logged once more per step that ever ran.
import type { Pool } from 'pg';

export async function runStep(pool: Pool, name: string, sql: string): Promise<void> {
  const client = await pool.connect();
  client.on('notice', (notice) => console.log(`[${name}]`, notice.message)); // expect: listener-leak
  try {
    await client.query(sql);
  } finally {
    client.release();
  }
}
