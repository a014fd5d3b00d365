// The helper looks harmless on its own; the file calls it from a route handler.
const express = require('express');

const app = express();

function trackExit(req) {
  process.on('exit', () => console.log(`${req.method} ${req.url} was in flight`));
}

app.get('/slow', (req, res) => {
  trackExit(req); // expect: listener-leak
  setTimeout(() => res.send('done'), 1000);
});

module.exports = app;
