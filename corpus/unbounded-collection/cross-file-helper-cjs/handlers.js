// Every message is appended to a module-level history; the start-up list is filled once.
const log = require('./log');

const history = []; // expect: unbounded-collection
const plugins = [];

log.append(plugins, 'core');

process.on('message', (message) => {
  log.append(history, message);
});
