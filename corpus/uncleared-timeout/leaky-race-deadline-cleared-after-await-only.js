// Each lookup races the upstream against a deadline made in a promise executor. The handle is
// cleared after the race, but a rejected lookup throws past that line: the deadline then stays
// pending, with its closure, for the whole twenty seconds.
const express = require('express');

const app = express();

app.get('/rates/:pair', async (req, res, next) => {
  let deadline;
  const expired = new Promise((resolve, reject) => {
    deadline = setTimeout(() => reject(new Error('rates upstream too slow')), 20_000); // expect: uncleared-timeout
  });
  try {
    const rate = await Promise.race([fetchRate(req.params.pair), expired]);
    clearTimeout(deadline);
    res.json(rate);
  } catch (err) {
    next(err);
  }
});

async function fetchRate(pair) {
  return { pair, rate: 1 };
}

app.listen(3000);
