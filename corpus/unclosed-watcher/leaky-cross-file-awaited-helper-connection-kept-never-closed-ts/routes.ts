// Each long poll opens two connections: one whose promise it drops (`void`), and one it awaits
// and keeps only to read a flag. Nobody closes either, so every request leaves two open.
import express from 'express';
import { openSubscriber } from './subscriber';

const app = express();

app.get('/jobs/:id/wait', async (req, res) => {
  const done = new Promise<string>((resolve) => {
    void openSubscriber(`jobs:${req.params.id}`, resolve); // expect: unclosed-watcher
  });
  const probe = await openSubscriber(`jobs:${req.params.id}:probe`, () => {}); // expect: unclosed-watcher
  res.setHeader('x-probe-open', String(probe.isOpen));
  res.json({ result: await done });
});

export default app;
