// A plain client (not a pool's) is connected once and ended at shutdown: `connect()` alone,
// with no `release()` anywhere, is not a checkout, and nothing here is reported.
'use strict';
const { Client } = require('pg');

async function main() {
  const client = new Client();
  await client.connect();
  const { rows } = await client.query('SELECT now()');
  console.log(rows[0]);
  await client.end();
}
main();
