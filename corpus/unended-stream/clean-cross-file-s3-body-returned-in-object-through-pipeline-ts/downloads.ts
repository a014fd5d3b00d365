// The twin: pipeline ties the body to the response and destroys it when the client leaves.
import express from 'express';
import { pipeline } from 'node:stream/promises';
import { openArchived } from './objects';

export const downloads = express.Router();

downloads.get('/archive/:key', async (req, res, next) => {
  try {
    const file = await openArchived(req.params.key);
    res.type(file.type);
    await pipeline(file.body, res);
  } catch (err) {
    next(err);
  }
});
