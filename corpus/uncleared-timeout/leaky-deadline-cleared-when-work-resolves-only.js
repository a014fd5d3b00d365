// A deadline helper for outgoing calls: the timer is cleared when the work resolves, but a
// failing call leaves it pending for the rest of its two minutes, holding the request's abort
// controller and the closures around it, once per failing request.
const express = require("express");

function withDeadline(work, ms, onTimeout) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`deadline of ${ms}ms passed`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err) => reject(err),
    );
  });
}

const app = express();
app.get("/rates/:zip", async (req, res, next) => {
  const controller = new AbortController();
  try {
    const rates = await withDeadline(fetch(`http://rates.internal/${req.params.zip}`, { signal: controller.signal }), 120000, () => controller.abort()); // expect: uncleared-timeout
    res.json(await rates.json());
  } catch (err) {
    next(err);
  }
});
app.listen(8085);
