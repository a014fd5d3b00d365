// An admin route sets a switch by the name in the URL, checked against the four first.
import express from 'express';
import { flags, isFlagName } from './flags';

export const admin = express.Router();

admin.put('/flags/:name', (req, res) => {
  const { name } = req.params;
  if (!isFlagName(name)) {
    res.status(404).end();
    return;
  }
  flags.set(name, req.body.on === true);
  res.status(204).end();
});
