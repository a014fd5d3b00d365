// The same booking releases the connection in `finally`, so the sold-out throw gives it back.
'use strict';
const mysql = require('mysql2/promise');
const express = require('express');

const pool = mysql.createPool({ host: 'db', user: 'box', database: 'tickets', connectionLimit: 8 });
const app = express();

class SoldOut extends Error {}

app.post('/shows/:id/book', async (req, res, next) => {
  let conn;
  try {
    conn = await pool.getConnection();
    const [rows] = await conn.execute('SELECT free FROM shows WHERE id = ? FOR UPDATE', [req.params.id]);
    if (!rows.length || rows[0].free < 1) {
      throw new SoldOut(`show ${req.params.id} is sold out`);
    }
    await conn.execute('UPDATE shows SET free = free - 1 WHERE id = ?', [req.params.id]);
    res.status(201).end();
  } catch (err) {
    next(err);
  } finally {
    if (conn) conn.release();
  }
});
app.listen(8200);
