import mysql from 'mysql';
import type { Request, Response } from 'express';

// mysql's callback checkout: the connection comes to the callback and goes back with
// `connection.release()`. An unknown coupon returns before that, keeping the connection.
const pool = mysql.createPool({ connectionLimit: 8, host: 'db.internal', database: 'shop' });

export function redeemCoupon(req: Request, res: Response): void {
  pool.getConnection((err: Error | null, connection: mysql.PoolConnection) => { // expect: unreleased-pool-connection
    if (err) {
      res.status(503).end();
      return;
    }
    connection.query('SELECT * FROM coupons WHERE code = ?', [req.params.code], (error: Error | null, rows: unknown[]) => {
      if (error || rows.length === 0) {
        res.status(404).json({ error: 'unknown coupon' });
        return;
      }
      connection.query('UPDATE coupons SET used = used + 1 WHERE code = ?', [req.params.code], () => {
        connection.release();
        res.json({ redeemed: req.params.code });
      });
    });
  });
}
