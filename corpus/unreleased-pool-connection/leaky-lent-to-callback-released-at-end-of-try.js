// Every report query borrows a connection for the caller's callback; the connection goes
// back only when the callback resolves, so a rejected callback keeps it checked out.
const mysql = require('mysql2/promise');

const pool = mysql.createPool({ host: 'db', user: 'reports', connectionLimit: 8 });

async function withConnection(work) {
  const conn = await pool.getConnection(); // expect: unreleased-pool-connection
  try {
    const result = await work(conn);
    conn.release();
    return result;
  } catch (err) {
    console.error('report query failed', err.message);
    throw err;
  }
}

async function monthlyTotals(month) {
  return withConnection(async (conn) => {
    const [rows] = await conn.query('SELECT account, SUM(cents) AS cents FROM ledger WHERE month = ? GROUP BY account', [month]);
    return rows;
  });
}

module.exports = { withConnection, monthlyTotals };
