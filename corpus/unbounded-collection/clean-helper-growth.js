// Helpers that bound what they add, or remove it again; a helper called once at start-up.
const express = require('express');

const recent = [];
const inflight = new Map();
const plugins = [];

function keepRecent(list, item) {
  if (list.length >= 100) list.shift();
  list.push(item);
}

function begin(map, id) {
  map.set(id, Date.now());
}

function end(map, id) {
  map.delete(id);
}

function register(list, plugin) {
  list.push(plugin);
}

const app = express();
app.get('/items/:id', (req, res) => {
  keepRecent(recent, req.params.id);
  begin(inflight, req.params.id);
  res.on('finish', () => end(inflight, req.params.id));
  res.json({ ok: true });
});

register(plugins, { name: 'gzip' });

module.exports = app;
