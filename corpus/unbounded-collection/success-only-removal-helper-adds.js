// A module-level table of running lookups, filled by a helper and emptied only when the lookup
// resolves: a lookup that throws keeps its row.
const express = require('express');
const dns = require('dns').promises;

const running = new Map(); // expect: unbounded-collection

function markRunning(id, host) {
  running.set(id, { host, since: Date.now() });
}

async function resolveFor(id, host) {
  markRunning(id, host);
  const addresses = await dns.resolve4(host);
  running.delete(id);
  return addresses;
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
