// Calls the inventory service through a keep-alive agent; the request's own timeout, which
// Node detaches when the socket goes back to the pool, guards each call.
const http = require('http');

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function stockOf(sku) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: 'inventory', path: `/stock/${encodeURIComponent(sku)}`, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.setTimeout(5000, () => req.destroy(new Error(`stock lookup for ${sku} timed out`)));
    req.on('error', reject);
  });
}

module.exports = { stockOf };
