// An image gateway asks its origin through an undici Pool and pipes the response's body into
// the client's response. A viewer that closes the tab leaves the body paused on its pooled
// connection, and with no body timeout it stays there.
import { Pool } from 'undici';
import express from 'express';

const origin = new Pool('http://images.internal:9000', { connections: 16, bodyTimeout: 0 });
const app = express();

app.get('/img/:id', async (req, res, next) => {
  try {
    const answer = await origin.request({ path: `/originals/${req.params.id}`, method: 'GET' });
    res.status(answer.statusCode);
    answer.body.on('error', (err) => res.destroy(err));
    answer.body.pipe(res); // expect: unended-stream
  } catch (err) {
    next(err);
  }
});
app.listen(3150);
