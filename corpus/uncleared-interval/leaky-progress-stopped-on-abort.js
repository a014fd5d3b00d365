// Each upload reports progress to the client once a second until the request is aborted.
// An upload that finishes normally never aborts, so its reporter runs on, holding the
// request and response, after the upload is done.
const express = require('express');

const app = express();

app.post('/upload', (req, res) => {
  let received = 0;
  req.on('data', (chunk) => { received += chunk.length; });
  const reporter = setInterval(() => { // expect: uncleared-interval
    console.log(`${req.ip}: ${received} bytes`);
  }, 1000);
  req.on('aborted', () => clearInterval(reporter));
  req.on('end', () => res.json({ received }));
});

app.listen(3000);
