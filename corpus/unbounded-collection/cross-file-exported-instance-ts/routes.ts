// Search results are cached under the client's query, one entry per distinct query for the
// life of the process; the home page is cached under one fixed key.
import { Router } from 'express';
import cache from './cache';

export const router = Router();

router.get('/search', (req, res) => {
  const key = String(req.query.q ?? '');
  const hit = cache.get(key);
  if (hit) return res.json(hit);
  const result = [key.toUpperCase()];
  cache.set(key, result); // expect: unbounded-collection
  res.json(result);
});

router.get('/', (_req, res) => {
  const page = cache.get('home') ?? { title: 'Home' };
  cache.set('home', page);
  res.json(page);
});
