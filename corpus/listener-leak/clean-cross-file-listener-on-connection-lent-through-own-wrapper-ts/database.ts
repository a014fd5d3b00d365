import mysql, { PoolConnection } from 'mysql';

const pool = mysql.createPool({ host: process.env.DB_HOST, connectionLimit: 4 });

function checkout(): Promise<PoolConnection> {
  return new Promise((resolve, reject) => {
    pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn)));
  });
}

export async function usingConnection<T>(task: (conn: PoolConnection) => Promise<T>): Promise<T> {
  const conn = await checkout();
  try {
    return await task(conn);
  } finally {
    conn.release();
  }
}
