import { Router } from 'express';
import { BalanceRefresher } from './refresher';

const refresher = new BalanceRefresher(async (id) => { await fetch(`http://ledger/refresh/${id}`); }, console.error);
export const router = Router();

router.put('/accounts/:id/refresh', (req, res) => {
  const seconds = Number(req.body.seconds ?? 60);
  const period = refresher.watch(req.params.id, seconds); // expect: uncleared-interval
  res.json({ id: req.params.id, period });
});

router.delete('/accounts/:id/refresh', (req, res) => {
  refresher.unwatch(req.params.id);
  res.sendStatus(204);
});
