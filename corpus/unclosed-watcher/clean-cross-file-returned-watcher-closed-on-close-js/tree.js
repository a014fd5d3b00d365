// Watches a source tree and reports changed files in batches; the caller gets the watcher.
const { watch } = require('fs');
const { join } = require('path');

function watchSources(root, onBatch) {
  const changed = new Set();
  let flush;
  return watch(root, { recursive: true }, (_kind, name) => {
    if (!name) return;
    changed.add(join(root, String(name)));
    clearTimeout(flush);
    flush = setTimeout(() => {
      onBatch([...changed]);
      changed.clear();
    }, 40);
  });
}

module.exports = { watchSources };
