// The report route tidies its file stream when reading finishes or fails. A client that
// closes the tab mid-download never lets it finish: `pipe` pauses the source, which keeps its
// descriptor open with nothing left to close it.
'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');

const REPORTS = path.join(__dirname, 'reports');
const router = express.Router();

router.get('/reports/:name', (req, res) => {
  const file = fs.createReadStream(path.join(REPORTS, path.basename(req.params.name)));
  file.once('end', () => file.destroy());
  file.once('error', (error) => {
    file.destroy();
    res.destroy(error);
  });
  res.type('application/pdf');
  file.pipe(res); // expect: unended-stream
});

module.exports = { router };
