// Start-up: wire the projections once, then serve.
const http = require('node:http');
const { announceShipped } = require('./events');
const { wireProjections } = require('./projections');

function main() {
  const counts = new Map([['shipped', 0]]);
  wireProjections({
    bump: (key) => counts.set(key, (counts.get(key) || 0) + 1),
    touch: () => {},
  });
  http.createServer((req, res) => {
    announceShipped({ orderId: req.url.slice(1), warehouse: 'north' });
    res.end(String(counts.get('shipped')));
  }).listen(8088);
}

main();
