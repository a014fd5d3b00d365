// The same helper, with pipeline() tying the stream to the response.
const fs = require('fs');
const path = require('path');
const { pipeline } = require('stream');
const express = require('express');

const EXPORTS = '/var/exports';

function openExport(name) {
  return fs.createReadStream(path.join(EXPORTS, path.basename(name)));
}

const app = express();
app.get('/exports/:name', (req, res) => {
  res.type('text/csv');
  pipeline(openExport(req.params.name), res, () => {});
});
app.listen(3036);
