// A download proxy: the upstream response is piped into the client's response. When the client
// goes away, `res` closes, but the upstream response stays paused on its keep-alive socket.
'use strict';
const http = require('node:http');
const express = require('express');

const agent = new http.Agent({ keepAlive: true });
const app = express();

app.get('/files/:id', (req, res) => {
  http.get(`http://storage.internal/blobs/${req.params.id}`, { agent }, (upstream) => {
    res.status(upstream.statusCode || 502);
    upstream.pipe(res); // expect: unended-stream
  });
});

app.listen(3070);
