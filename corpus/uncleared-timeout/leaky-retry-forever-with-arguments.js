// Each delivery retries after a failure, forever: while the webhook endpoint is down every
// request's payload stays scheduled, one more timer chain per request.
const express = require('express');

function deliver(url, payload, attempt) {
  fetch(url, { method: 'POST', body: payload }).catch(() => {
    setTimeout(() => deliver(url, payload, attempt + 1), Math.min(30000, 200 * 2 ** attempt));
  });
}

const app = express();
app.post('/hooks/:id', express.text({ type: '*/*' }), (req, res) => {
  deliver(`https://hooks.example/${req.params.id}`, req.body, 0); // expect: uncleared-timeout
  res.sendStatus(202);
});
app.listen(3000);
