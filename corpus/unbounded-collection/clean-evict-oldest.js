// The same request-keyed cache as the leaky one, with an eviction once it is full.
const express = require('express');

const app = express();
const MAX_ENTRIES = 5000;
const profileCache = new Map();

app.get('/profile', (req, res) => {
  const key = req.query.user;
  if (profileCache.size >= MAX_ENTRIES) {
    const oldest = profileCache.keys().next().value;
    profileCache.delete(oldest);
  }
  profileCache.set(key, { user: key, at: Date.now() });
  res.json(profileCache.get(key));
});
