// Counts requests per client in the table its options name; it never forgets a client.
class HitCounter {
  constructor(options) {
    this.hits = options.hits;
  }

  count(clientId) {
    this.hits.set(clientId, (this.hits.get(clientId) || 0) + 1);
    return this.hits.get(clientId);
  }
}

module.exports = { HitCounter };
