// The rate limiter's deadline drops the caller from the queue through the limiter's own
// `forget()`, which the refill never needs to skip over.
class TokenBucket {
  constructor(perSecond) {
    this.tokens = perSecond;
    this.waiting = [];
    this.refill = setInterval(() => this.drip(), 1000 / perSecond);
  }

  acquire(maxWaitMs, callback) {
    if (this.tokens > 0) {
      this.tokens -= 1;
      return callback(null);
    }
    const request = { callback, since: Date.now() };
    this.waiting.push(request);
    request.timer = setTimeout(() => {
      this.forget(request);
      callback(new Error('rate limit wait exceeded'));
    }, maxWaitMs);
  }

  forget(request) {
    this.waiting = this.waiting.filter((r) => r !== request);
  }

  stop() {
    clearInterval(this.refill);
  }

  drip() {
    const next = this.waiting.shift();
    if (!next) {
      this.tokens += 1;
      return;
    }
    clearTimeout(next.timer);
    next.callback(null);
  }
}

module.exports = { TokenBucket };
