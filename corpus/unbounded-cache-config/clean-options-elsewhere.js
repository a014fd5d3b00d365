// Options built elsewhere may hold a bound, and an old-style numeric max is a bound.
const LRU = require('lru-cache');
const NodeCache = require('node-cache');
const config = require('./config');

const a = new LRU(config.cache);
const b = new LRU({ ...config.cache, allowStale: true });
const c = new LRU(1000);
const d = new NodeCache({ stdTTL: 600, checkperiod: 120 });

module.exports = { a, b, c, d };
