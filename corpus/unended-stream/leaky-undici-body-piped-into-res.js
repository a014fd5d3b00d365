// The feed proxy pipes undici's response body into the client's response. A client that goes
// away leaves the body paused, holding its pooled connection.
'use strict';
const { request } = require('undici');
const express = require('express');

const app = express();
app.get('/feeds/:name', async (req, res) => {
  const { statusCode, body } = await request(`http://feeds.internal/${req.params.name}`);
  res.status(statusCode);
  body.pipe(res); // expect: unended-stream
});
app.listen(3140);
