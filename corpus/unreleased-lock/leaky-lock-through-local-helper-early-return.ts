// A per-account lock taken through a helper of the file is released on success only: a
// failed transfer keeps it, and later transfers of the account queue behind it for good.
import express from 'express';
import { Mutex } from 'async-mutex';

const accounts = new Mutex();

function enterAccounts(): Promise<() => void> {
  return accounts.acquire();
}

const app = express();
app.use(express.json());

app.post('/transfers', async (req, res) => {
  const release = await enterAccounts(); // expect: unreleased-lock
  if (req.body.amount <= 0) {
    res.status(400).end();
    return;
  }
  release();
  res.status(202).end();
});

app.listen(3000);
