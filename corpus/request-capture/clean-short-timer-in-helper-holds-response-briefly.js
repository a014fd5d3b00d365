// A helper answers late after ten milliseconds if the upstream has not answered yet: the
// timer holds the response for a moment, not past the request.
const http = require('node:http');
const { pipeline } = require('node:stream');
const express = require('express');

const app = express();

function answerOrFallBack(url, res, fallBack) {
  let answered = false;
  setTimeout(() => {
    if (!answered) fallBack();
  }, 10);
  http.get(url, (upstream) => {
    answered = true;
    pipeline(upstream, res, () => {});
  });
}

app.get('/proxy', (req, res) => {
  answerOrFallBack(`http://backend.internal${req.url}`, res, () => {
    log(res.statusCode);
  });
});

function log(code) {
  console.log(code);
}

app.listen(3000);
