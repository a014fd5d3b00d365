async function discard(client, reason) {
  try {
    await client.query('ROLLBACK');
  } finally {
    client.release(reason);
  }
}

module.exports = { discard };
