'use strict';
// A transaction helper lends a pooled mysql2 connection to its callback. Each transaction
// adds an 'error' listener that nobody removes, on a connection later transactions reuse.
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
    connection.on('error', (err) => console.error(`transfer ${from}->${to} failed`, err)); // expect: listener-leak
    await connection.query('UPDATE accounts SET cents = cents - ? WHERE id = ?', [cents, from]);
    await connection.query('UPDATE accounts SET cents = cents + ? WHERE id = ?', [cents, to]);
  });
}

module.exports = { transfer };
