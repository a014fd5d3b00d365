// A test helper listens for query errors on the client and on one query, then removes both
// from the client. Removing the query's handler from the client is a harmless no-op: the
// client's own handler, the one registered there, is removed on the line before, so nothing
// stays. A naive matcher sees a removal of a handler never registered on that receiver.
async function expectQueryError(client, sql) {
  let seen = 0;
  const onClientError = () => { seen += 1; };
  const onQueryError = () => { seen += 1; };
  client.on('query-error', onClientError);
  try {
    await client.raw(sql).on('query-error', onQueryError);
  } catch (err) {
    client.removeListener('query-error', onClientError);
    client.removeListener('query-error', onQueryError);
  }
  return seen;
}

module.exports = { expectQueryError };
