// The same gateway hands both ends to pipeline, which destroys the body when the viewer goes.
import { Pool } from 'undici';
import { pipeline } from 'node:stream/promises';
import express from 'express';

const origin = new Pool('http://images.internal:9000', { connections: 16, bodyTimeout: 0 });
const app = express();

app.get('/img/:id', async (req, res, next) => {
  try {
    const answer = await origin.request({ path: `/originals/${req.params.id}`, method: 'GET' });
    res.status(answer.statusCode);
    await pipeline(answer.body, res);
  } catch (err) {
    if (res.headersSent) res.destroy(err as Error);
    else next(err);
  }
});
app.listen(3151);
