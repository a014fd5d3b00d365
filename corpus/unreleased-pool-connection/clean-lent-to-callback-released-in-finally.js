// Every report query borrows a connection for the caller's callback, and gives it back
// whatever the callback does.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'reports', connectionLimit: 8 });

async function withConnection(work) {
  const conn = await pool.getConnection();
  try {
    return await work(conn);
  } catch (err) {
    console.error('report query failed', err.message);
    throw err;
  } finally {
    conn.release();
  }
}

async function monthlyTotals(month) {
  return withConnection(async (conn) => {
    const [rows] = await conn.query('SELECT account, SUM(cents) AS cents FROM ledger WHERE month = ? GROUP BY account', [month]);
    return rows;
  });
}

module.exports = { withConnection, monthlyTotals };
