import express from 'express';
import { pipeline } from 'node:stream';
import { hub } from './hub';

const app = express();

app.get('/cameras/:camera/live', (req, res) => {
  const feed = hub.watch(req.params.camera);
  if (!feed) {
    res.sendStatus(404);
    return;
  }
  pipeline(feed, res, () => undefined);
});

app.listen(8088);
