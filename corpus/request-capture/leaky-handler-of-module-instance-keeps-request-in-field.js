// A tracker whose one instance the module makes hands out a middleware; the middleware keeps
// each user's latest request in a Map field of that instance, which lives as long as the module.
const express = require('express');

class LastRequestTracker {
  constructor() {
    this.byUser = new Map();
  }

  middleware() {
    return (req, res, next) => {
      if (req.user) this.byUser.set(req.user.id, req); // expect: request-capture
      next();
    };
  }

  lastPathOf(userId) {
    const req = this.byUser.get(userId);
    return req ? req.originalUrl : null;
  }
}

const tracker = new LastRequestTracker();
const app = express();
app.use(tracker.middleware());
app.get('/users/:id/last', (req, res) => res.json({ path: tracker.lastPathOf(req.params.id) }));
app.listen(3000);
