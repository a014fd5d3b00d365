// A module, importing the bus helper through the project's `@/` alias, that subscribes once
// when it loads and fans events out to the open streams it tracks.
import express from 'express';
import { onTopic } from '@/lib/bus';

const router = express.Router();
const streams = new Set<express.Response>();

onTopic('news', (event) => {
  for (const res of streams) res.write(`data: ${JSON.stringify(event)}\n\n`);
});

router.get('/feed', (req, res) => {
  streams.add(res);
  res.on('close', () => streams.delete(res));
});

export default router;
