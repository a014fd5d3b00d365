'use strict';

const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ max: 5 });

async function withClient(work) {
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}

function traceNotices(client, label) {
  client.on('notice', (msg) => console.log(label, msg.message));
}

const app = express();

app.get('/ledger/:account', async (req, res) => {
  const rows = await withClient(async (client) => {
    traceNotices(client, req.params.account); // expect: listener-leak
    const result = await client.query('SELECT * FROM ledger WHERE account = $1', [req.params.account]);
    return result.rows;
  });
  res.json(rows);
});

module.exports = app;
