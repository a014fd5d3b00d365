// The same loader releases the lock in `finally`, so a failed reload lets the next one in.
'use strict';
const { Semaphore } = require('./semaphore');

const reloading = new Semaphore(1);
let cached = null;

async function config(load) {
  if (cached && cached.loadedAt > Date.now() - 60_000) {
    return cached.value;
  }
  await reloading.acquire();
  try {
    if (!cached || cached.loadedAt <= Date.now() - 60_000) {
      cached = { value: await load(), loadedAt: Date.now() };
    }
    return cached.value;
  } finally {
    reloading.release();
  }
}

module.exports = { config };
