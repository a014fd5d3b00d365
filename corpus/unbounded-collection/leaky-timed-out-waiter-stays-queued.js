// A rate limiter hands out tokens as they refill and queues the callers in between. A
// caller that waits too long is told so, but its entry, with its callback, stays queued
// until the next refill reaches it.
class TokenBucket {
  constructor(perSecond) {
    this.tokens = perSecond;
    this.waiting = []; // expect: unbounded-collection
    this.refill = setInterval(() => this.drip(), 1000 / perSecond);
  }

  acquire(maxWaitMs, callback) {
    if (this.tokens > 0) {
      this.tokens -= 1;
      return callback(null);
    }
    const request = { callback, since: Date.now() };
    this.waiting.push(request);
    setTimeout(() => callback(new Error('rate limit wait exceeded')), maxWaitMs);
  }

  stop() {
    clearInterval(this.refill);
  }

  drip() {
    const next = this.waiting.shift();
    if (next) next.callback(null);
    else this.tokens += 1;
  }
}

module.exports = { TokenBucket };
