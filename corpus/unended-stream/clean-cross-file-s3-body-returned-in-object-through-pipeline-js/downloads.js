// The twin: pipeline ties the body to the response, and destroys it when the client leaves.
'use strict';
const express = require('express');
const { pipeline } = require('node:stream');
const { openArchived } = require('./objects');

const downloads = express.Router();

downloads.get('/archive/:key', async (req, res, next) => {
  try {
    const file = await openArchived(req.params.key);
    res.type(file.type);
    pipeline(file.body, res, (err) => { if (err) req.log?.warn(err); });
  } catch (err) {
    next(err);
  }
});

module.exports = downloads;
