import { Router, Request, Response } from 'express';
import { usingConnection } from './database';

export const reports = Router();

reports.get('/reports/:month', async (req: Request, res: Response) => {
  const rows = await usingConnection(async (conn) => {
    conn.on('enqueue', () => console.debug(`query queued for ${req.params.month}`)); // expect: listener-leak
    return new Promise<unknown[]>((resolve, reject) =>
      conn.query('SELECT * FROM sales WHERE month = ?', [req.params.month], (err, result) => (err ? reject(err) : resolve(result))));
  });
  res.json(rows);
});
