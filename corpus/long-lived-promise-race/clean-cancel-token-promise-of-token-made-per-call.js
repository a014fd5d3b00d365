// The same wrapper, handed a new token per request, cancelled when that request ends.
const express = require('express');

function makeCancelToken() {
  let cancel;
  const promise = new Promise((resolve) => {
    cancel = resolve;
  });
  return { token: { promise }, cancel };
}

async function getJson(url, cancelToken) {
  const controller = new AbortController();
  cancelToken.promise.then((why) => controller.abort(why));
  const answer = await fetch(url, { signal: controller.signal });
  return answer.json();
}

const app = express();
app.get('/weather/:city', async (req, res) => {
  const perRequest = makeCancelToken();
  res.on('close', () => perRequest.cancel('closed'));
  res.json(await getJson(`https://weather.example.org/${encodeURIComponent(req.params.city)}`, perRequest.token));
});

module.exports = app;
