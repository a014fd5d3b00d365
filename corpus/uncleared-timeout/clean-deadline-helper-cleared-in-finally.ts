// The twin: the race's `finally` clears the deadline whether the work resolves or rejects.
import express from 'express';

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export const router = express.Router();
router.get('/reports/:id', async (req, res, next) => {
  try {
    res.json(await withDeadline(req.app.locals.db.report(req.params.id), 120_000));
  } catch (err) {
    next(err);
  }
});
