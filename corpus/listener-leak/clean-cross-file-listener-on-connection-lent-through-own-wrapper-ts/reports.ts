import { Router, Request, Response } from 'express';
import { usingConnection } from './database';

export const reports = Router();

reports.get('/reports/:month', async (req: Request, res: Response) => {
  const rows = await usingConnection(async (conn) => {
    const onQueued = () => console.debug(`query queued for ${req.params.month}`);
    conn.on('enqueue', onQueued);
    try {
      return await new Promise<unknown[]>((resolve, reject) =>
        conn.query('SELECT * FROM sales WHERE month = ?', [req.params.month], (err, result) => (err ? reject(err) : resolve(result))));
    } finally {
      conn.removeListener('enqueue', onQueued);
    }
  });
  res.json(rows);
});
