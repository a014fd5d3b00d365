// Each download pipes the archived body straight into the response: a client that leaves
// early leaves the body open on its pooled socket.
import express from 'express';
import { openArchived } from './objects';

export const downloads = express.Router();

downloads.get('/archive/:key', async (req, res, next) => {
  try {
    const file = await openArchived(req.params.key);
    res.type(file.type);
    file.body.pipe(res); // expect: unended-stream
  } catch (err) {
    next(err);
  }
});
