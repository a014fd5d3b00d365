import { Router } from 'express';
import { hookRedelivery } from './redelivery';

export const hooks = Router();

hooks.post('/events', (req, res) => {
  for (const target of ['https://a.example/hook', 'https://b.example/hook']) {
    hookRedelivery.add(target, req.body); // expect: unbounded-collection
  }
  res.sendStatus(202);
});
