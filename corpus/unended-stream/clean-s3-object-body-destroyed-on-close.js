// The twin: the body is destroyed when the response closes, however the download ends.
'use strict';
const express = require('express');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION });
const app = express();

app.get('/reports/:id.pdf', async (req, res, next) => {
  try {
    const { Body } = await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: `${req.params.id}.pdf` }));
    res.on('close', () => Body.destroy());
    res.type('pdf');
    Body.pipe(res);
  } catch (err) {
    next(err);
  }
});

module.exports = app;
