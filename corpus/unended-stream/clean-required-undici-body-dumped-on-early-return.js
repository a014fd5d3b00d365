// The same proxy dumps the body before it answers the 404, so the connection goes back.
const express = require('express');
const { request } = require('undici');
const { pipeline } = require('node:stream/promises');

const app = express();

app.get('/thumbs/:id', async (req, res, next) => {
  try {
    const upstream = await request(`https://media.internal/thumbs/${encodeURIComponent(req.params.id)}`);
    if (upstream.statusCode === 404) {
      await upstream.body.dump();
      return res.sendStatus(404);
    }
    await pipeline(upstream.body, res);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
