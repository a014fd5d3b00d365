'use strict';

const mysql = require('mysql2');

const pool = mysql.createPool({ host: process.env.DB_HOST, connectionLimit: 8 });

function borrow() {
  return new Promise((resolve, reject) => {
    pool.getConnection((err, connection) => (err ? reject(err) : resolve(connection)));
  });
}

async function inTransaction(work) {
  const connection = await borrow();
  try {
    return await work(connection);
  } finally {
    connection.release();
  }
}

function execute(connection, statement, values) {
  return new Promise((resolve, reject) => {
    const onLost = (err) => reject(err);
    connection.on('error', onLost);
    connection.query(statement, values, (err, result) => {
      connection.off('error', onLost);
      if (err) {
        return reject(err);
      }
      resolve(result);
    });
  });
}

module.exports = { inTransaction, execute };
