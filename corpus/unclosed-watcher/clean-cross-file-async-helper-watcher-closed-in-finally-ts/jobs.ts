import express from 'express';
import { watchDir } from './dir-watch';
import { renderSite } from './render';

const app = express();
app.post('/sites/:name/render', async (req, res, next) => {
  const dir = `/srv/sites/${req.params.name}`;
  let watch: Awaited<ReturnType<typeof watchDir>> | undefined;
  try {
    watch = await watchDir(dir);
    const output = await renderSite(dir);
    res.json({ output, touched: [...watch.touched] });
  } catch (err) {
    next(err);
  } finally {
    watch?.close();
  }
});
app.listen(3000);
