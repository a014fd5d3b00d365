// In-flight requests for a status page: `add` keeps the request object itself, and nothing
// ever takes it out.
class Tracker {
  constructor() {
    this.open = new Set();
  }

  add(req) {
    this.open.add(req);
    return req;
  }

  list() {
    return [...this.open].map((req) => req.url);
  }
}

module.exports = new Tracker();
