import mysql, { PoolConnection } from 'mysql';

const pool = mysql.createPool({ connectionLimit: 8 });

function borrow(): Promise<PoolConnection> {
  return new Promise((resolve, reject) => {
    pool.getConnection((err, connection) => {
      if (err) reject(err);
      else resolve(connection);
    });
  });
}

export async function touch(sessionId: string): Promise<void> {
  const connection = await borrow();
  const onEnd = () => console.warn(`connection ended while touching ${sessionId}`);
  connection.on('end', onEnd);
  connection.query('UPDATE sessions SET seen_at = NOW() WHERE id = ?', [sessionId], () => {
    connection.removeListener('end', onEnd);
    connection.release();
  });
}
