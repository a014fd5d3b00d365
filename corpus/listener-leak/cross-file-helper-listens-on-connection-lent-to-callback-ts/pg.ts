import { Pool, PoolClient } from 'pg';

const pool = new Pool({ max: 8 });

export async function withSession<T>(job: (session: PoolClient) => Promise<T>): Promise<T> {
  const session = await pool.connect();
  try {
    return await job(session);
  } finally {
    session.release();
  }
}

export function watchNotifications(session: { on(event: string, fn: (msg: unknown) => void): unknown }, sink: (msg: unknown) => void) {
  session.on('notification', sink);
}
