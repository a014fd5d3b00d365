// The report route tidies its file stream when reading finishes or fails, and destroys it
// when the response closes first, as it does when the client closes the tab mid-download.
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
  res.once('close', () => file.destroy());
  res.type('application/pdf');
  file.pipe(res);
});

module.exports = { router };
