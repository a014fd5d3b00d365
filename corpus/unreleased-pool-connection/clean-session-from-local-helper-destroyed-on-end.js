// A health check opens an HTTP/2 session through a helper of the file and destroys it when
// the response ends: `connect()` here is no pool's checkout, and nothing is released to one.
const http2 = require('node:http2');

function connect(secure, port) {
  const proto = secure ? 'https' : 'http';
  return http2.connect(`${proto}://localhost:${port}`, { rejectUnauthorized: false });
}

function probe(port, done) {
  const client = connect(false, port);
  client.on('error', done);
  const req = client.request({ ':path': '/health' });
  req.resume();
  req.on('end', () => {
    client.destroy();
    done();
  });
  req.end();
}

module.exports = { probe };
