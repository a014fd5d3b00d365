// Calls the inventory service through a keep-alive agent. The idle listener takes itself off
// only when a timeout actually happens; every call that completes leaves it on the pooled socket.
const http = require('http');

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

function stockOf(sku) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: 'inventory', path: `/stock/${encodeURIComponent(sku)}`, agent }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('socket', (socket) => {
      socket.setTimeout(5000);
      const onIdle = () => {
        socket.removeListener('timeout', onIdle);
        req.destroy(new Error(`stock lookup for ${sku} timed out`));
      };
      socket.on('timeout', onIdle); // expect: listener-leak
    });
    req.on('error', reject);
  });
}

module.exports = { stockOf };
