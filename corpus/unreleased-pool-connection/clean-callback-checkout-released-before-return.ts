import mysql from 'mysql';
import type { Request, Response } from 'express';

// The same redemption, giving the connection back before it answers an unknown coupon.
const pool = mysql.createPool({ connectionLimit: 8, host: 'db.internal', database: 'shop' });

export function redeemCoupon(req: Request, res: Response): void {
  pool.getConnection((err: Error | null, connection: mysql.PoolConnection) => {
    if (err) {
      res.status(503).end();
      return;
    }
    connection.query('SELECT * FROM coupons WHERE code = ?', [req.params.code], (error: Error | null, rows: unknown[]) => {
      if (error || rows.length === 0) {
        connection.release();
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
