import { Router } from 'express';
import { Thumbnailer } from './thumbnailer';

const thumbnailer = new Thumbnailer(new URL('./thumb-worker.js', import.meta.url));
export const thumbs = Router();

thumbs.post('/thumbs', async (req, res, next) => {
  try {
    const png = await thumbnailer.make(req.body as Buffer, Number(req.query.w ?? 200));
    res.type('png').send(png);
  } catch (err) {
    next(err);
  }
});
