// A pooled query in the style of a pool library: the client is given back exactly once, either
// by the client's 'error' listener or by the query's callback, each behind a flag the other
// sets. Their early returns skip a release that already happened.
function runQuery(pool, text, values, done) {
  pool.connect((err, client) => {
    if (err) return done(err);
    let released = false;
    const onError = (error) => {
      if (released) return;
      released = true;
      client.release(error);
      done(error);
    };
    client.once('error', onError);
    client.query(text, values, (error, result) => {
      client.removeListener('error', onError);
      if (released) return;
      released = true;
      client.release(error);
      done(error, result);
    });
  });
}

module.exports = { runQuery };
