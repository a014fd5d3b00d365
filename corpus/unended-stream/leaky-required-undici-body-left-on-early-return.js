// A thumbnail proxy requires undici's `request` and returns on a 404 without reading the body:
// undici keeps that connection checked out until the body is read or destroyed.
const express = require('express');
const { request } = require('undici');
const { pipeline } = require('node:stream/promises');

const app = express();

app.get('/thumbs/:id', async (req, res, next) => {
  try {
    const upstream = await request(`https://media.internal/thumbs/${encodeURIComponent(req.params.id)}`); // expect: unended-stream
    if (upstream.statusCode === 404) {
      return res.sendStatus(404);
    }
    res.set('content-type', upstream.headers['content-type'] || 'image/webp');
    await pipeline(upstream.body, res);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
