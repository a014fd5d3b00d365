// The route turns away unknown channels before it counts: the map holds three entries at most.
import express from 'express';
import { countOrder, isKnownChannel } from './tallies';

export const router = express.Router();

router.post('/orders', (req, res) => {
  const channel = req.get('x-sales-channel');
  if (!isKnownChannel(channel)) {
    res.status(400).end();
    return;
  }
  countOrder(channel);
  res.status(201).end();
});
