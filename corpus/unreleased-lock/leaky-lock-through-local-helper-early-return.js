// The route takes the stock lock through a small helper of the file, and returns early on an
// unknown SKU without releasing it: every later reservation waits on the lock for good.
const express = require('express');
const { Mutex } = require('async-mutex');

const stockLock = new Mutex();
const stock = new Map([['sku-1', { available: 5 }]]);

function lockStock() {
  return stockLock.acquire();
}

const app = express();
app.use(express.json());

app.post('/reservations', async (req, res) => {
  const release = await lockStock(); // expect: unreleased-lock
  const item = stock.get(req.body.sku);
  if (!item) {
    return res.status(404).json({ error: 'unknown sku' });
  }
  item.available -= 1;
  release();
  res.status(201).json({ available: item.available });
});

app.listen(3000);
