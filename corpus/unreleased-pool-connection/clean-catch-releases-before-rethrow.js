// The `catch` gives the client back before it rethrows, and the normal path after the `try`.
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool();
const app = express();
app.use(express.json());

app.post('/orders', async (req, res) => {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO orders (id) VALUES ($1)', [req.body.id]);
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    client.release();
    throw err;
  }
  client.release();
  res.sendStatus(201);
});

app.listen(3000);
