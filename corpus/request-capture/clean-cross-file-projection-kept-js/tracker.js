// In-flight requests for a status page: `add` keeps a small record made from the request (not
// the request), and `done` removes it again.
class Tracker {
  constructor() {
    this.open = new Set();
  }

  add(req) {
    const record = { method: req.method, url: req.url, at: Date.now() };
    this.open.add(record);
    return record;
  }

  done(record) {
    this.open.delete(record);
  }

  list() {
    return [...this.open];
  }
}

module.exports = new Tracker();
