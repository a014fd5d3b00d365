// The timer is what the handler awaits: it resolves the promise, so it ends with the request.
import express from 'express';

const app = express();
app.post('/slow', async (req, res) => {
  await new Promise<void>((resolve) => {
    setTimeout(() => {
      console.log('waited for', req.ip);
      resolve();
    }, 200);
  });
  res.sendStatus(204);
});
app.listen(4701);
