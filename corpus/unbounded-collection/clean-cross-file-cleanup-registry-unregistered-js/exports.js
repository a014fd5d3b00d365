import express from 'express';
import { rm, writeFile } from 'node:fs/promises';
import { onShutdown, runShutdownTasks } from './cleanup.js';

const app = express();

app.post('/exports', async (req, res) => {
  const file = `/tmp/export-${Date.now()}.csv`;
  // Remove the half-written file if the process stops first.
  const forget = onShutdown(() => rm(file, { force: true }));
  try {
    await writeFile(file, 'id,total\n');
    res.json({ file });
  } finally {
    forget();
  }
});

app.listen(3000);
process.once('SIGTERM', () => runShutdownTasks().then(() => process.exit(0)));
