import express from 'express';
import { rm } from 'node:fs/promises';
import { onShutdown, runShutdownTasks } from './cleanup.js';

const app = express();

app.post('/exports', async (req, res) => {
  const file = `/tmp/export-${Date.now()}.csv`;
  // Remove the half-written file if the process stops first.
  onShutdown(`export ${file}`, () => rm(file, { force: true })); // expect: unbounded-collection
  res.json({ file });
});

app.listen(3000);

async function shutdown() {
  await runShutdownTasks();
  process.exit(0);
}
process.once('SIGTERM', shutdown);
