// Here the patches go on long-lived objects once, while the program starts: the list gets
// two records in all. A naive matcher flags any call that hands the list to `patch`.
const { patch, applied } = require('./patch');

patch(console, 'error', (...args) => process.stderr.write(`[error] ${args.join(' ')}\n`), applied);
patch(console, 'warn', (...args) => process.stderr.write(`[warn] ${args.join(' ')}\n`), applied);

module.exports = { undo: () => applied.length };
