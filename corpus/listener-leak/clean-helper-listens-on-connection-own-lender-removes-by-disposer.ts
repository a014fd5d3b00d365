import { Pool, PoolClient } from 'pg';
import { Router } from 'express';
import { EventEmitter } from 'node:events';

const pool = new Pool({ max: 10 });

async function transaction<T>(body: (db: PoolClient) => Promise<T>): Promise<T> {
  const db = await pool.connect();
  try {
    await db.query('BEGIN');
    const value = await body(db);
    await db.query('COMMIT');
    return value;
  } catch (err) {
    await db.query('ROLLBACK');
    throw err;
  } finally {
    db.release();
  }
}

function failOnDrop(db: EventEmitter, onDrop: (err: Error) => void): () => void {
  db.on('error', onDrop);
  return () => { db.removeListener('error', onDrop); };
}

export const transfers = Router();

transfers.post('/transfers', async (req, res) => {
  await transaction(async (db) => {
    const stop = failOnDrop(db, (err) => console.error('transfer', req.body.id, err));
    try {
      await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [req.body.amount, req.body.from]);
      await db.query('UPDATE accounts SET balance = balance + $1 WHERE id = $2', [req.body.amount, req.body.to]);
    } finally {
      stop();
    }
  });
  res.sendStatus(204);
});
