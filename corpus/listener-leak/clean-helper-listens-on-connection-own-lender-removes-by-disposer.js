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
  const onNotice = (msg) => console.log(label, msg.message);
  client.on('notice', onNotice);
  return () => client.off('notice', onNotice);
}

const app = express();

app.get('/ledger/:account', async (req, res) => {
  const rows = await withClient(async (client) => {
    const untrace = traceNotices(client, req.params.account);
    try {
      const result = await client.query('SELECT * FROM ledger WHERE account = $1', [req.params.account]);
      return result.rows;
    } finally {
      untrace();
    }
  });
  res.json(rows);
});

module.exports = app;
