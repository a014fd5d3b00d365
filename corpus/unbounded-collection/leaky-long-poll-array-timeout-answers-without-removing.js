'use strict';
// Long-poll subscribers wait in a module-level array until a job they watch finishes. The
// poll timeout answers the client with 204 but leaves its entry (and its `res`) in the array,
// as does a client that disconnects: only a finished job takes entries out.
const express = require('express');

const watching = []; // expect: unbounded-collection
const app = express();

function forget(entry) {
  const at = watching.indexOf(entry);
  if (at !== -1) watching.splice(at, 1);
}

app.get('/jobs/:id/wait', (req, res) => {
  const entry = { job: req.params.id, res };
  watching.push(entry);
  res.setTimeout(30000, () => res.status(204).end());
});

app.post('/jobs/:id/done', (req, res) => {
  for (const entry of [...watching]) {
    if (entry.job !== req.params.id) continue;
    forget(entry);
    entry.res.json({ done: true });
  }
  res.sendStatus(204);
});

app.listen(3000);
