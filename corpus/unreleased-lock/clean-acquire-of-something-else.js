// `acquire()` of a resource pool whose resource is handed to the caller, and a lock taken with
// runExclusive, which releases by itself: nothing here is released by this function on one path.
'use strict';
const { Mutex } = require('async-mutex');
const genericPool = require('generic-pool');

const pool = genericPool.createPool({ create: async () => ({}), destroy: async () => {} }, { max: 4 });
const mutex = new Mutex();

async function borrow() {
  return pool.acquire();
}

async function bump(counter) {
  return mutex.runExclusive(async () => {
    counter.value += 1;
    return counter.value;
  });
}

module.exports = { borrow, bump };
