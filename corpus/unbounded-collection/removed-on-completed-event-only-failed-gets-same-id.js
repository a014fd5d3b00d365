'use strict';

const express = require('express');
const { EventEmitter } = require('events');

const exports$ = new EventEmitter();
const awaiting = new Map(); // expect: unbounded-collection
let nextId = 1;

exports$.on('export:completed', ({ exportId, file }) => {
  const reply = awaiting.get(exportId);
  awaiting.delete(exportId);
  if (reply) reply.json({ file });
});

exports$.on('export:failed', ({ exportId, reason }) => {
  console.error(`export ${exportId} failed: ${reason}`);
});

const app = express();

app.post('/exports', (req, res) => {
  const exportId = nextId++;
  awaiting.set(exportId, res);
  exports$.emit('export:requested', { exportId, table: req.body.table });
});

module.exports = { app, exports$ };
