// The only early return is in the catch of `pool.connect()` itself: when it runs nothing was
// checked out. Every path after the checkout releases the client.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { Pool, type PoolClient } from 'pg';

const pool = new Pool({ max: 8 });
export const invoices = Router();

invoices.post('/invoices/:id/void', async (req: Request, res: Response, next: NextFunction) => {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (err) {
    next(err);
    return;
  }
  try {
    await client.query('UPDATE invoices SET voided_at = now() WHERE id = $1', [req.params.id]);
    client.release();
    res.sendStatus(204);
  } catch (err) {
    client.release(err as Error);
    next(err);
  }
});
