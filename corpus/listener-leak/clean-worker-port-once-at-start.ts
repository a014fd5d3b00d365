// The same worker, removing each task's folder when the task is done, and listening for the
// port's close once, at start-up.
import { parentPort } from 'node:worker_threads';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const scratchRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'tasks-'));
parentPort?.once('close', () => fs.rmSync(scratchRoot, { recursive: true, force: true }));

parentPort?.on('message', (task: { id: string; data: string }) => {
  const scratch = fs.mkdtempSync(path.join(scratchRoot, 'task-'));
  try {
    fs.writeFileSync(path.join(scratch, 'input'), task.data);
    parentPort?.postMessage({ id: task.id, done: true });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
});
