// The app's pool, and a helper that checks a connection out of it.
const { Pool } = require('pg');

const pool = new Pool({ max: 20 });

async function checkout() {
  return pool.connect();
}

module.exports = { pool, checkout };
