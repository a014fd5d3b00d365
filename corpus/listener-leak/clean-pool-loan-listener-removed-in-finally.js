// A transaction helper listens for errors on the client it borrows and takes the listener off
// in the finally that also gives the client back, whichever way the transaction ends.
const { Pool } = require('pg');

const pool = new Pool({ max: 10 });

async function inTransaction(work) {
  const client = await pool.connect();
  const onError = (err) => console.error('client error in transaction', err);
  client.on('error', onError);
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.off('error', onError);
    client.release();
  }
}

module.exports = { inTransaction };
