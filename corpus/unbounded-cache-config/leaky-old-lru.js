// lru-cache before v7: called with no options, its max was Infinity.
const LRU = require('lru-cache');

const sessions = LRU(); // expect: unbounded-cache-config
const tokens = new LRU({ max: 0 }); // expect: unbounded-cache-config

module.exports = { sessions, tokens };
