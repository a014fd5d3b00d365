// The signal list is fixed, but the loop runs inside a request handler: every export request
// adds two more process listeners that keep the request's closure alive.
const express = require('express');

const app = express();

app.post('/exports', async (req, res) => {
  const stop = () => res.status(503).end();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, stop); // expect: listener-leak
  }
  res.json(await startExport(req.body));
});

async function startExport(body) {
  return { id: body.id };
}

module.exports = app;
