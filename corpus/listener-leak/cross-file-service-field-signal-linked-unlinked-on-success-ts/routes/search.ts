import { Router } from 'express';
import { SearchService } from '../services/search-service';
import { backend } from './backend';

const searches = new SearchService(backend);
export const searchRouter = Router();

searchRouter.get('/search', async (req, res, next) => {
  try {
    res.json(await searches.search(String(req.query.q ?? ''))); // expect: listener-leak
  } catch (err) {
    next(err);
  }
});
