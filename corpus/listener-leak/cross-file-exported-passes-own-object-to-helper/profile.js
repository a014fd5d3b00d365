const express = require('express');
const cache = require('./cache');

const app = express();

app.get('/profile/:id', async (req, res) => {
  const cached = await cache.get(`profile:${req.params.id}`, 'profile'); // expect: listener-leak
  res.type('json').send(cached || '{}');
});

app.listen(3000);
