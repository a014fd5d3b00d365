const express = require('express');
const { randomUUID } = require('crypto');

const app = express();
const running = new Map();

function forget(id) {
  running.delete(id);
}

app.use((req, res, next) => {
  req.id = randomUUID();
  running.set(req.id, { path: req.path, since: Date.now() });
  res.on('close', () => forget(req.id));
  next();
});

app.get('/running', (req, res) => res.json([...running.values()]));

app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

app.listen(3000);
