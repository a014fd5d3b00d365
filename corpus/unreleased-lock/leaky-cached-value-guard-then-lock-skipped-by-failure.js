// A config loader returns the cached copy when it is fresh; otherwise one caller at a time
// reloads it under a lock. A reload that fails throws past the release, and every later reload
// waits on the lock for good.
'use strict';
const { Semaphore } = require('./semaphore');

const reloading = new Semaphore(1);
let cached = null;

async function config(load) {
  if (cached && cached.loadedAt > Date.now() - 60_000) {
    return cached.value;
  }
  await reloading.acquire(); // expect: unreleased-lock
  if (cached && cached.loadedAt > Date.now() - 60_000) {
    reloading.release();
    return cached.value;
  }
  cached = { value: await load(), loadedAt: Date.now() };
  reloading.release();
  return cached.value;
}

module.exports = { config };
