const pool = require('./pool');
const { discard } = require('./discard');

async function transfer(req, res) {
  const client = await pool.connect();
  await client.query('BEGIN');
  const { rows } = await client.query('SELECT balance FROM accounts WHERE id = $1 FOR UPDATE', [req.body.from]);
  if (rows[0].balance < req.body.amount) {
    await discard(client, new Error('insufficient funds'));
    return res.status(409).end();
  }
  await client.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2', [req.body.amount, req.body.from]);
  await client.query('COMMIT');
  client.release();
  res.status(204).end();
}

module.exports = { transfer };
