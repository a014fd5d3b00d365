// After the checkout, an invalid id returns before the `try` that releases: every such request
// keeps a pooled client checked out.
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ max: 8 });
const invoices = express.Router();

invoices.post('/invoices/:id/void', async (req, res, next) => {
  let client;
  try {
    client = await pool.connect(); // expect: unreleased-pool-connection
  } catch (err) {
    next(err);
    return;
  }
  if (!/^\d+$/.test(req.params.id)) {
    res.sendStatus(400);
    return;
  }
  try {
    await client.query('UPDATE invoices SET voided_at = now() WHERE id = $1', [req.params.id]);
    res.sendStatus(204);
  } finally {
    client.release();
  }
});

module.exports = invoices;
