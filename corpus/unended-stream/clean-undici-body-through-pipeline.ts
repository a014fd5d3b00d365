// The same proxies hand both ends to pipeline, which destroys the body when the response closes.
import { pipeline } from 'node:stream/promises';
import { request } from 'undici';
import express from 'express';

const app = express();
app.get('/feeds/:name', async (req, res) => {
  const { statusCode, body } = await request(`http://feeds.internal/${req.params.name}`);
  res.status(statusCode);
  await pipeline(body, res);
});
app.listen(3141);
