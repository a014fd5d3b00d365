// The same race, with the executor's deadline cleared in a `finally`: a rejected lookup
// clears it too.
const express = require('express');

const app = express();

app.get('/rates/:pair', async (req, res, next) => {
  let deadline;
  const expired = new Promise((resolve, reject) => {
    deadline = setTimeout(() => reject(new Error('rates upstream too slow')), 20_000);
  });
  try {
    res.json(await Promise.race([fetchRate(req.params.pair), expired]));
  } catch (err) {
    next(err);
  } finally {
    clearTimeout(deadline);
  }
});

async function fetchRate(pair) {
  return { pair, rate: 1 };
}

app.listen(3000);
