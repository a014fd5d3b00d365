// The index module builds `Posts` from its parts, each required and called once at load.
'use strict';

const Posts = module.exports;
const cache = new Map();

Posts.clearCached = function (pid) {
  cache.delete(pid);
};

require('./edit')(Posts);
