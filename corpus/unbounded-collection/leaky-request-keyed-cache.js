// A lookup cache keyed by whatever the client puts in the query string: one entry per
// distinct value, forever.
const express = require('express');
const { fetchProfile } = require('./profiles');

const app = express();
const profileCache = new Map(); // expect: unbounded-collection

app.get('/profile', async (req, res) => {
  const key = req.query.user;
  if (!profileCache.has(key)) {
    profileCache.set(key, await fetchProfile(key));
  }
  res.json(profileCache.get(key));
});

module.exports = app;
