// Requests are removed from the map only when they time out; a reply settles the promise and
// clears the timer, so the delete never runs on the normal path and every answered request stays.
const { randomUUID } = require('crypto');

class QueryClient {
  constructor(transport) {
    this.transport = transport;
    this.inflight = new Map(); // expect: unbounded-collection
  }

  query(text) {
    const requestId = randomUUID();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.inflight.delete(requestId);
        reject(new Error('query timed out'));
      }, 10000);
      this.inflight.set(requestId, (rows) => {
        clearTimeout(timer);
        resolve(rows);
      });
      this.transport.write({ requestId, text });
    });
  }

  handle(message) {
    const done = this.inflight.get(message.requestId);
    if (done) done(message.rows);
  }
}

module.exports = QueryClient;
