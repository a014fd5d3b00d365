async function recordVisit(client, user) {
  await client.query('INSERT INTO visits (user_id, seen_at) VALUES ($1, now())', [user.id]);
}

module.exports = { recordVisit };
