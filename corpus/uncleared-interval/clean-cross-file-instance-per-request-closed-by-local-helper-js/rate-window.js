'use strict';

class RateWindow {
  constructor(spanMs) {
    this.spanMs = spanMs;
    this.hits = [];
    this.trimmer = setInterval(() => this.trim(), spanMs);
  }

  record(at) {
    this.hits.push(at);
  }

  count() {
    return this.hits.length;
  }

  trim() {
    const floor = Date.now() - this.spanMs;
    this.hits = this.hits.filter((at) => at >= floor);
  }

  close() {
    clearInterval(this.trimmer);
    this.hits = [];
  }
}

module.exports = { RateWindow };
