// The reporter stops both when the upload ends and when the client aborts it.
const express = require('express');

const app = express();

app.post('/upload', (req, res) => {
  let received = 0;
  req.on('data', (chunk) => { received += chunk.length; });
  const reporter = setInterval(() => {
    console.log(`${req.ip}: ${received} bytes`);
  }, 1000);
  req.on('aborted', () => clearInterval(reporter));
  req.on('end', () => {
    clearInterval(reporter);
    res.json({ received });
  });
});

app.listen(3000);
