// The module's one tracker keeps each request only while it is in flight: the entry goes when
// the response finishes or the connection closes.
const express = require('express');

class InflightTracker {
  constructor() {
    this.inflight = new Map();
    this.nextId = 0;
  }

  middleware() {
    return (req, res, next) => {
      const id = ++this.nextId;
      this.inflight.set(id, req);
      const done = () => this.inflight.delete(id);
      res.on('finish', done);
      res.on('close', done);
      next();
    };
  }

  count() {
    return this.inflight.size;
  }
}

const tracker = new InflightTracker();
const app = express();
app.use(tracker.middleware());
app.get('/inflight', (req, res) => res.json({ count: tracker.count() }));
app.listen(3000);
