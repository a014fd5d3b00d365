// The transfer releases the lock when the account is missing and at the end, and in the catch;
// the overdraft check between them returns without releasing, and every later transfer waits.
const { Mutex } = require('async-mutex');
const express = require('express');
const { loadAccount, storeBalance } = require('./accounts-store');

const transfers = new Mutex();
const router = express.Router();

router.post('/accounts/:id/transfers', async (req, res) => {
  const release = await transfers.acquire(); // expect: unreleased-lock
  try {
    const account = await loadAccount(req.params.id);
    if (!account) {
      release();
      return res.status(404).end();
    }
    if (account.balance < req.body.amount) {
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

module.exports = router;
