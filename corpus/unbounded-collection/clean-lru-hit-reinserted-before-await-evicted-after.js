// The JavaScript twin: the hit branch re-adds and returns before the await; the miss adds
// after it and trims the map back to its cap.
'use strict';

class DnsCache {
  constructor(resolve, max = 500) {
    this.resolveName = resolve;
    this.max = max;
    this.entries = new Map();
  }

  async lookup(host, family = 4) {
    const key = `${host}/${family}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const address = await this.resolveName(host, family);
    this.entries.set(key, address);
    if (this.entries.size > this.max) {
      this.entries.delete(this.entries.keys().next().value);
    }
    return address;
  }

  async connectTo(host, connect) {
    return connect(await this.lookup(host));
  }
}

module.exports = { DnsCache };
