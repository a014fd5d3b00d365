// A shared search client tracks requests in flight so close() can abort them; an entry leaves
// only when the request throws, so every call that succeeds keeps its controller for good.
const { randomUUID } = require('node:crypto');

class SearchClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.pending = new Map(); // expect: unbounded-collection
  }

  async query(index, body) {
    const id = randomUUID();
    const controller = new AbortController();
    this.pending.set(id, controller);
    let response;
    try {
      response = await fetch(`${this.baseUrl}/${index}/_search`, { method: 'POST', body: JSON.stringify(body), signal: controller.signal });
    } catch (error) {
      this.pending.delete(id);
      throw error;
    }
    return response.json();
  }

  close() {
    for (const controller of this.pending.values()) controller.abort();
    this.pending.clear();
  }
}

module.exports = new SearchClient(process.env.SEARCH_URL || 'http://search:9200');
