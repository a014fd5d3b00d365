// A recursive helper that hands what it was given to itself, one level deeper at each call:
// nothing keeps the request once the walk is done.
const express = require('express');

function describe(req, depth, path) {
  if (depth === 0) return path.join(' > ');
  return describe(req, depth - 1, [...path, `${req.method}:${depth}`]);
}

const app = express();
app.get('/trace', (req, res) => {
  res.send(describe(req, 3, []));
});
app.listen(3000);
