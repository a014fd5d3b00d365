// An HTTP client wrapper in the style of axios's CancelToken: every call subscribes to the
// promise of the token it is given, and the routes hand it the process-wide one.
const express = require('express');

function makeCancelToken() {
  let cancel;
  const promise = new Promise((resolve) => {
    cancel = resolve;
  });
  return { token: { promise }, cancel };
}

const appToken = makeCancelToken();
process.once('SIGINT', () => appToken.cancel('interrupted'));

async function getJson(url, cancelToken) {
  const controller = new AbortController();
  cancelToken.promise.then((why) => controller.abort(why));
  const answer = await fetch(url, { signal: controller.signal });
  return answer.json();
}

const app = express();
app.get('/weather/:city', async (req, res) => {
  res.json(await getJson(`https://weather.example.org/${encodeURIComponent(req.params.city)}`, appToken.token)); // expect: long-lived-promise-race
});

module.exports = app;
