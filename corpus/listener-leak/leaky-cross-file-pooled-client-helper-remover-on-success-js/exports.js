const { Pool } = require('pg');
const { collectNotices } = require('./trace');

const pool = new Pool({ idleTimeoutMillis: 0 });

async function exportLedger(month) {
  const client = await pool.connect();
  const notices = [];
  const stop = collectNotices(client, notices); // expect: listener-leak
  try {
    const { rows } = await client.query('SELECT * FROM ledger_export($1)', [month]);
    stop();
    return { rows, notices };
  } catch (err) {
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { exportLedger };
