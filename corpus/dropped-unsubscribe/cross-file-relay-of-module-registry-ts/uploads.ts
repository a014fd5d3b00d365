// Each upload is staged in a temp file marked for deletion at exit, and the mark is never taken
// back when the upload is done: the exit task set keeps one closure per upload.
import express from 'express';
import { writeFile } from 'node:fs/promises';
import { deleteOnExit } from './exit-tasks';

declare function store(path: string): Promise<void>;

const app = express();

app.put('/uploads/:name', express.raw({ limit: '20mb' }), async (req, res) => {
  const staged = `/tmp/upload-${Date.now()}-${req.params.name}`;
  await writeFile(staged, req.body);
  deleteOnExit(staged); // expect: dropped-unsubscribe
  await store(staged);
  res.sendStatus(201);
});

export default app;
