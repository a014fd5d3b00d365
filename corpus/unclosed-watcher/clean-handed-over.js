// Returned to the caller, or unref'd at module level: the owner decides when it ends.
const fs = require('fs');

function watchConfig(file, onChange) {
  return fs.watch(file, onChange);
}

fs.watch('.', () => {}).unref();

module.exports = { watchConfig };
