// A well-formed slug can still be any slug the client makes up: every new one adds a renderer.
import express from 'express';
import { isSlug, rendererFor } from './reports';

export const router = express.Router();

router.get('/reports/:slug', (req, res) => {
  const { slug } = req.params;
  if (!isSlug(slug)) {
    res.sendStatus(400);
    return;
  }
  res.send(rendererFor(slug)()); // expect: unbounded-collection
});
