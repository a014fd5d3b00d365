// A registry keyed by the caller's name hands back its remover too, but one name holds one
// entry: a handler that registers under a fixed name replaces the previous one.
const express = require('express');

const formatters = new Map();

function registerFormatter(name, format) {
  formatters.set(name, format);
  return () => formatters.delete(name);
}

const app = express();
app.post('/format/:kind', (req, res) => {
  registerFormatter('last', (value) => `${req.params.kind}:${value}`);
  res.json({ ok: true, known: formatters.size });
});
app.listen(3000);
