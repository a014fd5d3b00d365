// The same table, but the row goes in `finally`: removed however the lookup ends.
const express = require('express');
const dns = require('dns').promises;

const running = new Map();

function markRunning(id, host) {
  running.set(id, { host, since: Date.now() });
}

async function resolveFor(id, host) {
  markRunning(id, host);
  try {
    return await dns.resolve4(host);
  } finally {
    running.delete(id);
  }
}

const app = express();
app.get('/resolve/:host', async (req, res, next) => {
  try {
    res.json(await resolveFor(req.get('x-request-id'), req.params.host));
  } catch (error) {
    next(error);
  }
});
app.get('/running', (req, res) => res.json([...running.values()]));
app.listen(3000);
