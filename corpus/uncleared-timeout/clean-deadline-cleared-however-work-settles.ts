// The same helper clears the timer whichever way the work settles.
import express from "express";

function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`deadline of ${ms}ms passed`));
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

const app = express();
app.get("/rates/:zip", async (req, res, next) => {
  const controller = new AbortController();
  try {
    const rates = await withDeadline(fetch(`http://rates.internal/${req.params.zip}`, { signal: controller.signal }), 120000, () => controller.abort());
    res.json(await rates.json());
  } catch (err) {
    next(err);
  }
});
app.listen(8085);
