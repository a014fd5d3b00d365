// Functions that share the libraries' names but come from elsewhere.
const { memoize } = require('./local-utils');
const LRUCache = require('./my-lru');

const cached = memoize((x) => x);
const lru = new LRUCache({});

module.exports = { cached, lru };
