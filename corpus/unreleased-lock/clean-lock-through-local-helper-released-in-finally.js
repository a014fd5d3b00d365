// The same helper, its lock released in `finally` whatever way the route leaves.
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
  const release = await lockStock();
  try {
    const item = stock.get(req.body.sku);
    if (!item) {
      return res.status(404).json({ error: 'unknown sku' });
    }
    item.available -= 1;
    res.status(201).json({ available: item.available });
  } finally {
    release();
  }
});

app.listen(3000);
