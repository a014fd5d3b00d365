import type { PoolConnection } from 'mysql2/promise';

export async function applyTimezone(conn: PoolConnection, zone: string): Promise<void> {
  await conn.query('SET time_zone = ?', [zone]);
}
