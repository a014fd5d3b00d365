// Each lookup listens for the shared client's 'error' while its query runs; the listener is
// removed when the query resolves, but the rejection callback only rejects, leaving it.
const http = require('http');
const { Client } = require('pg');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect();

function lookup(id) {
  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err);
    db.on('error', onError);
    db.query('SELECT * FROM parcels WHERE id = $1', [id]).then((result) => {
      db.removeListener('error', onError);
      resolve(result.rows[0]);
    }, reject);
  });
}

http.createServer(async (req, res) => {
  try {
    res.end(JSON.stringify(await lookup(req.url.slice(1)))); // expect: listener-leak
  } catch (err) {
    res.statusCode = 503;
    res.end(err.message);
  }
}).listen(8070);
