// A helper of this file hands back a pg cursor stream through a const; the route destroys it
// when the client goes away, which ends the cursor and releases its pooled client.
const express = require('express');
const { Pool } = require('pg');
const QueryStream = require('pg-query-stream');

const pool = new Pool();
const app = express();

async function openRows(sql, args) {
  const client = await pool.connect();
  const rows = client.query(new QueryStream(sql, args));
  rows.on('close', () => client.release());
  return rows;
}

app.get('/export/:table', async (req, res) => {
  const rows = await openRows('SELECT * FROM exports WHERE kind = $1', [req.params.table]);
  res.on('close', () => rows.destroy());
  rows.on('data', (row) => res.write(`${JSON.stringify(row)}\n`));
  rows.on('end', () => res.end());
});

module.exports = app;
