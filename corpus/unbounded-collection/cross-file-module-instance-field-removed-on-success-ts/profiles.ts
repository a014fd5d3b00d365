import express from 'express';
import { Coalescer } from './coalescer';

const lookups = new Coalescer<unknown>();

function profile(user: string, locale: string): Promise<unknown> {
  return lookups.share(`${user}/${locale}`, () => fetch(`http://profiles.internal/${user}?l=${locale}`).then((r) => r.json())); // expect: unbounded-collection
}

export const router = express.Router();
router.get('/profiles/:user', async (req, res) => {
  res.json(await profile(req.params.user, String(req.query.locale ?? 'en')));
});
