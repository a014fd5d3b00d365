// The twin: the second check sits inside the try, so its early return goes through the
// finally that releases the mutex.
'use strict';

const { Mutex } = require('async-mutex');

class TokenCache {
  constructor(fetchToken) {
    this.fetchToken = fetchToken;
    this.mutex = new Mutex();
    this.token = null;
  }

  async get() {
    if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
    const release = await this.mutex.acquire();
    try {
      if (this.token && this.token.expiresAt > Date.now()) return this.token.value;
      this.token = await this.fetchToken();
      return this.token.value;
    } finally {
      release();
    }
  }
}

module.exports = { TokenCache };
