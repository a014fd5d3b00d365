// Byte accounting per request on the socket under it: a keep-alive connection carries many
// requests, and each one adds another 'data' listener (holding its `res`) to the same socket.
const express = require('express');

const totals = { bytes: 0 };
const app = express();

app.use((req, res, next) => {
  req.socket.on('data', (chunk) => { // expect: listener-leak
    totals.bytes += chunk.length;
    res.locals.lastChunkAt = Date.now();
  });
  next();
});

app.get('/stats', (req, res) => res.json(totals));
app.listen(3400);
