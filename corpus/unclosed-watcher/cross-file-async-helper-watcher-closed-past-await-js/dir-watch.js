'use strict';
const fs = require('fs');
const { access } = require('fs/promises');

async function watchDir(dir) {
  const watcher = fs.watch(dir, { recursive: true });
  const touched = new Set();
  watcher.on('change', (_event, file) => touched.add(String(file)));
  try {
    await access(dir);
  } catch (err) {
    watcher.close();
    throw err;
  }
  return { touched, close: () => watcher.close() };
}

module.exports = { watchDir };
