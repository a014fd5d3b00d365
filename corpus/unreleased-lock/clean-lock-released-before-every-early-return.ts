// Every way out of the transfer releases the lock first: the missing account, the overdraft,
// the normal end and a failure.
import { Mutex } from 'async-mutex';
import express from 'express';
import { loadAccount, storeBalance } from './accounts-store';

const transfers = new Mutex();
export const router = express.Router();

router.post('/accounts/:id/transfers', async (req, res) => {
  const release = await transfers.acquire();
  try {
    const account = await loadAccount(req.params.id);
    if (!account) {
      release();
      return res.status(404).end();
    }
    if (account.balance < req.body.amount) {
      release();
      return res.status(409).json({ balance: account.balance });
    }
    await storeBalance(account.id, account.balance - req.body.amount);
    release();
    res.status(201).end();
  } catch (err) {
    release();
    res.status(500).end();
  }
});
