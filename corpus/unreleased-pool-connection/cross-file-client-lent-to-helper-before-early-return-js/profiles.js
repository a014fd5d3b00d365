const pool = require('./pool');
const { recordVisit } = require('./audit');

async function showProfile(req, res) {
  const client = await pool.connect(); // expect: unreleased-pool-connection
  await recordVisit(client, req.user);
  if (!req.params.id) {
    return res.status(400).send('missing id');
  }
  try {
    const { rows } = await client.query('SELECT * FROM profiles WHERE id = $1', [req.params.id]);
    res.json(rows[0]);
  } finally {
    client.release();
  }
}

module.exports = { showProfile };
