// The same lookup, removing the listener whichever way the query settles.
const http = require('http');
const { Client } = require('pg');

const db = new Client({ connectionString: process.env.DATABASE_URL });
db.connect();

function lookup(id) {
  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err);
    db.on('error', onError);
    db.query('SELECT * FROM parcels WHERE id = $1', [id])
      .then((result) => resolve(result.rows[0]), reject)
      .finally(() => db.removeListener('error', onError));
  });
}

http.createServer(async (req, res) => {
  try {
    res.end(JSON.stringify(await lookup(req.url.slice(1))));
  } catch (err) {
    res.statusCode = 503;
    res.end(err.message);
  }
}).listen(8070);
