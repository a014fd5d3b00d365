// The twin: the upload's last request releases its entry.
'use strict';

const { randomUUID } = require('crypto');
const express = require('express');
const { createRegistry } = require('./registry');

const sessions = createRegistry();
const app = express();

app.post('/uploads', (req, res) => {
  const id = randomUUID();
  sessions.register(id, { name: String(req.query.name), received: 0 });
  res.status(201).json({ id });
});

app.post('/uploads/:id/complete', (req, res) => {
  const session = sessions.lookup(req.params.id);
  sessions.release(req.params.id);
  res.json(session || null);
});

module.exports = app;
