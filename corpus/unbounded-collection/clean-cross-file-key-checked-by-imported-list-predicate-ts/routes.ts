// Unknown formats are turned away first: the template map holds three entries at most.
import express from 'express';
import { isFormat, templateFor } from './formats';

export const router = express.Router();

router.get('/export/:format', (req, res) => {
  const { format } = req.params;
  if (!isFormat(format)) {
    res.sendStatus(404);
    return;
  }
  res.send(templateFor(format)([]));
});
