// Report downloads straight from the bucket: when a client goes away mid-download, pipe
// stops writing but leaves the object's body open on its pooled socket, and enough such
// clients use up the SDK's sockets.
'use strict';
const express = require('express');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION });
const app = express();

app.get('/reports/:id.pdf', async (req, res, next) => {
  try {
    const { Body, ContentLength } = await s3.send(new GetObjectCommand({ Bucket: 'reports', Key: `${req.params.id}.pdf` }));
    res.set({ 'Content-Type': 'application/pdf', 'Content-Length': String(ContentLength) });
    Body.pipe(res); // expect: unended-stream
  } catch (err) {
    next(err);
  }
});

module.exports = app;
