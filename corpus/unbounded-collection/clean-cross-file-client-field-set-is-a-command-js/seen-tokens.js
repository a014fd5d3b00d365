'use strict';

// Remembers used one-time tokens in Redis, where they expire on their own.
class SeenTokens {
  constructor(redis, ttlSeconds = 600) {
    this.redis = redis;
    this.ttlSeconds = ttlSeconds;
  }

  async claim(token) {
    const stored = await this.redis.set(`otp:${token}`, '1', 'EX', this.ttlSeconds, 'NX');
    return stored === 'OK';
  }
}

module.exports = { SeenTokens };
