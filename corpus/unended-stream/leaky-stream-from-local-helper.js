// The route pipes a file stream opened by a helper of the same file into the response, and
// nothing destroys it when the client goes away.
const fs = require('fs');
const path = require('path');
const express = require('express');

const EXPORTS = '/var/exports';

function openExport(name) {
  return fs.createReadStream(path.join(EXPORTS, path.basename(name)));
}

const app = express();
app.get('/exports/:name', (req, res) => {
  res.type('text/csv');
  openExport(req.params.name).pipe(res); // expect: unended-stream
});
app.listen(3036);
