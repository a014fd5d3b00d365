// The only early return is in the catch of `pool.connect()` itself; every later path releases.
const { Pool } = require('pg');

const pool = new Pool({ max: 8 });

async function voidInvoice(req, res, next) {
  let client;
  try {
    client = await pool.connect();
  } catch (err) {
    next(err);
    return;
  }
  try {
    await client.query('UPDATE invoices SET voided_at = now() WHERE id = $1', [req.params.id]);
    res.sendStatus(204);
  } catch (err) {
    next(err);
  } finally {
    client.release();
  }
}

module.exports = { voidInvoice };
