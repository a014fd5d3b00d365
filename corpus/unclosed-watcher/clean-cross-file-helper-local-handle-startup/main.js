// The same helper, called once when the process starts: one watcher for the process's life.
const { followFolder } = require('./follow');

followFolder(process.env.CONTENT_DIR || './content', (change) => console.log('rebuild after', change.kind, change.file));
