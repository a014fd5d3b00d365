// A worker thread cleans up each task's scratch folder when its port closes: the port lives
// as long as the worker, so every task leaves one more 'close' listener (and its closure).
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

parentPort.on('message', (task) => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'task-'));
  parentPort.once('close', () => fs.rmSync(scratch, { recursive: true, force: true })); // expect: listener-leak
  fs.writeFileSync(path.join(scratch, 'input'), task.data);
  parentPort.postMessage({ id: task.id, done: true });
});
