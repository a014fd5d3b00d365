// The route rolls back and rethrows on a failed insert, past the release that follows the
// `try`: every failed order keeps one client checked out of the pool.
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  const client = await pool.connect(); // expect: unreleased-pool-connection
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO orders (id) VALUES ($1)', [req.body.id]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  }
  client.release();
  res.sendStatus(201);
});

app.listen(3000);
