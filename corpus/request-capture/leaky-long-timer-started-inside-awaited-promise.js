// The promise the handler awaits resolves at once; the ten-minute timer started inside it is
// not what it waits for, and keeps the request for those ten minutes.
const express = require('express');

const app = express();
app.post('/import', express.json(), async (req, res) => {
  await new Promise((resolve) => {
    setTimeout(() => { // expect: request-capture
      console.log('reindex', req.headers['x-tenant'], req.body.rows.length);
    }, 10 * 60 * 1000);
    resolve();
  });
  res.sendStatus(202);
});
app.listen(4700);
