// One undici pool per upstream: its 'disconnect' listener is added once, when it is made.
const { Pool } = require('undici');

const ORIGINS = { orders: 'http://orders:8080', stock: 'http://stock:8080' };
const pools = new Map();

function poolFor(name, onDrop) {
  let pool = pools.get(name);
  if (!pool) {
    pool = new Pool(ORIGINS[name], { connections: 16 });
    pool.on('disconnect', (origin) => onDrop(String(origin)));
    pools.set(name, pool);
  }
  return pool;
}

module.exports = { poolFor };
