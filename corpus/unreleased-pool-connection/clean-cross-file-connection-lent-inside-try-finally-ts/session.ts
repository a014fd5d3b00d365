import type { PoolConnection } from 'mysql2/promise';

export async function tagSession(conn: PoolConnection, requestId: string): Promise<void> {
  await conn.query('SET @request_id = ?', [requestId]);
}
