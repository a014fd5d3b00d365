// Price lookups over a keep-alive agent: the request's socket is kept in a variable so the
// response can take its listener off again, except when the answer is not a 200.
const https = require('https');

const agent = new https.Agent({ keepAlive: true, maxSockets: 16 });

function fetchPrice(sku) {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: 'prices.internal', path: `/v2/price/${sku}`, agent });
    let conn = null;
    const onClosed = () => reject(new Error(`connection lost while pricing ${sku}`));
    req.on('socket', (s) => {
      conn = s;
      conn.on('close', onClosed); // expect: listener-leak
    });
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`price service answered ${res.statusCode}`));
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        conn.removeListener('close', onClosed);
        resolve(JSON.parse(body));
      });
    });
    req.on('error', reject);
    req.end();
  });
}

module.exports = { fetchPrice };
