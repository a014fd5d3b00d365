// The twin: callers only ever ask for the company's own offices, named in the code.
import express from 'express';
import { geocode } from './geo';

export const router = express.Router();

router.get('/offices', async (_req, res, next) => {
  try {
    res.json(await Promise.all([geocode('Berlin'), geocode('Lisbon'), geocode('Toronto')]));
  } catch (err) {
    next(err);
  }
});
