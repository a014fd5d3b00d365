'use strict';
// A small expiring map that sweeps itself; only dispose() stops the sweep.
class ExpiringMap {
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
    this.items = new Map();
    this.sweep = setInterval(() => {
      const now = Date.now();
      for (const [key, item] of this.items) if (item.until <= now) this.items.delete(key);
    }, 1000);
  }

  set(key, value) {
    this.items.set(key, { value, until: Date.now() + this.ttlMs });
  }

  get(key) {
    const item = this.items.get(key);
    return item && item.value;
  }

  dispose() {
    clearInterval(this.sweep);
    this.items.clear();
  }
}

module.exports = { ExpiringMap };
