// A cancel token whose promise settles only when the service cancels everything at shutdown.
// Each upstream call hangs a reaction on it (with its own AbortController), and none of those
// reactions goes until shutdown: one more per request.
const express = require('express');

class CancelToken {
  constructor() {
    this.promise = new Promise((resolve) => {
      this._resolve = resolve;
    });
  }

  cancel(reason) {
    this._resolve(reason);
  }
}

const shutdown = new CancelToken();

async function callUpstream(url, token) {
  const controller = new AbortController();
  token.promise.then((reason) => controller.abort(reason));
  const response = await fetch(url, { signal: controller.signal });
  return response.json();
}

const app = express();
app.get('/quotes/:symbol', async (req, res) => {
  res.json(await callUpstream(`https://quotes.internal/${encodeURIComponent(req.params.symbol)}`, shutdown)); // expect: long-lived-promise-race
});

process.once('SIGTERM', () => shutdown.cancel('shutting down'));
app.listen(3000);
