// A mysql2 helper that watches the borrowed connection for the end of a long export: every
// export adds an 'end' listener to a connection the pool keeps and lends again.
import mysql from 'mysql2';
import type { PoolConnection } from 'mysql2';

export const pool = mysql.createPool({ host: 'db', user: 'reports', connectionLimit: 4 });

export function streamRows(conn: PoolConnection, sql: string, onRow: (row: unknown) => void): void {
  conn.on('end', () => console.warn('connection ended during export')); // expect: listener-leak
  conn.query(sql).on('result', onRow);
}
