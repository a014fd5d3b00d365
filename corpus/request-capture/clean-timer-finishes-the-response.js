// The timer answers the request itself (a delayed reply for a polling client): it is part of
// the request's own work, and goes when the reply is sent.
const express = require('express');

const app = express();
app.get('/poll', (req, res) => {
  setTimeout(() => {
    res.json({ changed: false, since: req.query.since });
  }, 25000);
});
app.listen(4401);
