'use strict';
// A transaction helper lends a pooled mysql2 connection to its callback. The callback
// listens on the connection only while its own queries run, and removes the listener.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', connectionLimit: 8 });

async function inTransaction(work) {
  const connection = await pool.getConnection();
  await connection.beginTransaction();
  try {
    const result = await work(connection);
    await connection.commit();
    return result;
  } catch (err) {
    await connection.rollback();
    throw err;
  } finally {
    connection.release();
  }
}

async function transfer(from, to, cents) {
  return inTransaction(async (connection) => {
    const report = (err) => console.error(`transfer ${from}->${to} failed`, err);
    connection.on('error', report);
    try {
      await connection.query('UPDATE accounts SET cents = cents - ? WHERE id = ?', [cents, from]);
      await connection.query('UPDATE accounts SET cents = cents + ? WHERE id = ?', [cents, to]);
    } finally {
      connection.removeListener('error', report);
    }
  });
}

module.exports = { transfer };
