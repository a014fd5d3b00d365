'use strict';
const express = require('express');
const async = require('async');
const sharp = require('sharp');

// Resizing is CPU-bound: two at a time, the rest wait their turn.
const resizes = async.queue((job, done) => {
  sharp(job.file.buffer)
    .resize(job.width)
    .toBuffer((err, out) => {
      if (err) {
        job.res.status(422).json({ error: 'not an image' });
        return;
      }
      job.res.type('image/webp').send(out);
      done();
    });
}, 2);

const app = express();
app.post('/resize/:width', express.raw({ type: 'image/*', limit: '8mb' }), (req, res) => {
  resizes.push({ file: { buffer: req.body }, width: Number(req.params.width) || 320, res }); // expect: request-capture
});

module.exports = app;
