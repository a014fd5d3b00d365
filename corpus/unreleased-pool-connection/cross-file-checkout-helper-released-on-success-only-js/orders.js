const { borrow } = require('./pool');

async function cancelOrder(req, res) {
  const conn = await borrow(); // expect: unreleased-pool-connection
  const [rows] = await conn.query('SELECT status FROM orders WHERE id = ?', [req.params.id]);
  if (rows.length === 0) {
    res.status(404).end();
    return;
  }
  await conn.query('UPDATE orders SET status = "cancelled" WHERE id = ?', [req.params.id]);
  conn.release();
  res.sendStatus(204);
}

module.exports = { cancelOrder };
