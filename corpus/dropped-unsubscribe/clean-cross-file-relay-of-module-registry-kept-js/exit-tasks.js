// Tasks to run when the process exits; `atExit` hands back the function that takes one out, and
// `deleteOnExit` is a shorthand for files.
const { unlinkSync } = require('node:fs');

const tasks = new Set();
process.once('exit', () => tasks.forEach((task) => task()));

function atExit(task) {
  tasks.add(task);
  return () => tasks.delete(task);
}

function deleteOnExit(path) {
  return atExit(() => unlinkSync(path));
}

module.exports = { atExit, deleteOnExit };
