const mysql = require('mysql2/promise');

const pool = mysql.createPool({ connectionLimit: 8 });

async function borrow() {
  const conn = await pool.getConnection();
  await conn.query('SET SESSION sql_mode = "STRICT_ALL_TABLES"');
  return conn;
}

module.exports = { borrow };
