// The same retry, capped: after five attempts the payload is dropped and its timer chain ends.
import express from 'express';

const MAX_ATTEMPTS = 5;

function deliver(url: string, payload: string, attempt: number): void {
  if (attempt >= MAX_ATTEMPTS) {
    console.warn('giving up on', url);
    return;
  }
  fetch(url, { method: 'POST', body: payload }).catch(() => {
    setTimeout(() => deliver(url, payload, attempt + 1), Math.min(30000, 200 * 2 ** attempt));
  });
}

const app = express();
app.post('/hooks/:id', express.text({ type: '*/*' }), (req, res) => {
  deliver(`https://hooks.example/${req.params.id}`, req.body, 0);
  res.sendStatus(202);
});
app.listen(3000);
