// A transaction helper listens for errors on the client it borrows and takes the listener off
// after COMMIT only: a rolled-back transaction hands the client back to the pool with it.
import { Pool, type PoolClient } from 'pg';

const pool = new Pool({ max: 10 });

export async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  const onError = (err: Error) => console.error('client error in transaction', err);
  client.on('error', onError); // expect: listener-leak
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.off('error', onError);
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
