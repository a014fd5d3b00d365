// The same shared search client, removing each request's entry whichever way it ends; close()
// aborts what is still in flight.
const { randomUUID } = require('node:crypto');

class SearchClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.pending = new Map();
  }

  async query(index, body) {
    const id = randomUUID();
    const controller = new AbortController();
    this.pending.set(id, controller);
    try {
      const response = await fetch(`${this.baseUrl}/${index}/_search`, { method: 'POST', body: JSON.stringify(body), signal: controller.signal });
      return await response.json();
    } finally {
      this.pending.delete(id);
    }
  }

  close() {
    for (const controller of this.pending.values()) controller.abort();
    this.pending.clear();
  }
}

module.exports = new SearchClient(process.env.SEARCH_URL || 'http://search:9200');
