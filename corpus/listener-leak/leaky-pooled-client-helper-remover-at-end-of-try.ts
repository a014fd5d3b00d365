// Collects NOTICE output while a report runs, with the helper in the same file; the
// collector is stopped at the end of the try only.
import { Pool, type PoolClient, type NoticeMessage } from 'pg';

const pool = new Pool({ idleTimeoutMillis: 0 });

function collectNotices(client: PoolClient, into: string[]): () => void {
  const onNotice = (msg: NoticeMessage) => into.push(msg.message ?? '');
  client.on('notice', onNotice);
  return () => client.removeListener('notice', onNotice);
}

export async function runReport(sql: string): Promise<{ rows: unknown[]; notices: string[] }> {
  const client = await pool.connect();
  const notices: string[] = [];
  const stop = collectNotices(client, notices); // expect: listener-leak
  try {
    const { rows } = await client.query(sql);
    stop();
    return { rows, notices };
  } catch (err) {
    console.error('report failed', err);
    throw err;
  } finally {
    client.release();
  }
}
