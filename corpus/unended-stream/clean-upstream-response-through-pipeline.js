// The proxy hands both ends to stream.pipeline, which destroys the upstream response when the
// client's response closes first.
'use strict';
const http = require('node:http');
const { pipeline } = require('node:stream');
const express = require('express');

const app = express();

app.get('/files/:id', (req, res) => {
  http.get(`http://storage.internal/blobs/${req.params.id}`, (upstream) => {
    res.status(upstream.statusCode || 502);
    pipeline(upstream, res, () => {});
  });
});

app.listen(3071);
