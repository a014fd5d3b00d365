// The per-account lock taken through the helper, released in `finally` on every way out.
import express from 'express';
import { Mutex } from 'async-mutex';

const accounts = new Mutex();

function enterAccounts(): Promise<() => void> {
  return accounts.acquire();
}

const app = express();
app.use(express.json());

app.post('/transfers', async (req, res) => {
  const release = await enterAccounts();
  try {
    if (req.body.amount <= 0) {
      res.status(400).end();
      return;
    }
    res.status(202).end();
  } finally {
    release();
  }
});

app.listen(3000);
