// A helper of this file hands back a pg cursor stream through a const; the route pipes it into
// the response, and a client that goes away leaves the cursor, and its pooled client, open.
const express = require('express');
const { Pool } = require('pg');
const QueryStream = require('pg-query-stream');
const JSONStream = require('JSONStream');

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
  res.type('json');
  rows.pipe(JSONStream.stringify()).pipe(res); // expect: unended-stream
});

module.exports = app;
