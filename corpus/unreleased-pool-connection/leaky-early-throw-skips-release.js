// Booking a seat checks availability first; the sold-out branch throws before the release
// at the bottom, so every sold-out request keeps a connection out of the pool.
'use strict';
const mysql = require('mysql2/promise');
const express = require('express');

const pool = mysql.createPool({ host: 'db', user: 'box', database: 'tickets', connectionLimit: 8 });
const app = express();

class SoldOut extends Error {}

app.post('/shows/:id/book', async (req, res, next) => {
  try {
    const conn = await pool.getConnection(); // expect: unreleased-pool-connection
    const [rows] = await conn.execute('SELECT free FROM shows WHERE id = ? FOR UPDATE', [req.params.id]);
    if (!rows.length || rows[0].free < 1) {
      throw new SoldOut(`show ${req.params.id} is sold out`);
    }
    await conn.execute('UPDATE shows SET free = free - 1 WHERE id = ?', [req.params.id]);
    conn.release();
    res.status(201).end();
  } catch (err) {
    next(err);
  }
});
app.listen(8200);
