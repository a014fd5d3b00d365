// diagnostics_channel removes a subscriber by the callback itself: `subscribe` returns
// nothing, and the request's subscriber takes itself off when it has seen its query.
const diagnostics = require('node:diagnostics_channel');
const express = require('express');

const queries = diagnostics.channel('db:query');
const app = express();

app.get('/trace', (req, res) => {
  const onQuery = (message) => {
    queries.unsubscribe(onQuery);
    res.json({ first: message.sql });
  };
  queries.subscribe(onQuery);
});

module.exports = app;
