'use strict';

const express = require('express');

const CHANNELS = new Set(['builds', 'deploys']);
const pending = new Map();

const app = express();

app.get('/wait/:channel', (req, res) => {
  const { channel } = req.params;
  if (!CHANNELS.has(channel)) return res.sendStatus(404);
  let group = pending.get(channel);
  if (!group) {
    group = [];
    pending.set(channel, group);
  }
  const waiter = { res, since: Number(req.query.since) || 0 };
  group.push(waiter);
  res.on('close', () => {
    const left = pending.get(channel);
    if (!left) return;
    const at = left.indexOf(waiter);
    if (at !== -1) left.splice(at, 1);
    if (left.length === 0) pending.delete(channel);
  });
});

app.post('/notify/:channel', express.json(), (req, res) => {
  const group = pending.get(req.params.channel) || [];
  pending.delete(req.params.channel);
  for (const waiter of group) {
    if (!waiter.res.writableEnded) waiter.res.json(req.body);
  }
  res.sendStatus(202);
});

module.exports = app;
