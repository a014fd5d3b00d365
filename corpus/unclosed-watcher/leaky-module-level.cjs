// At module level a watcher runs once, but it keeps the process from exiting: a note.
const { watch } = require('node:fs');

watch('config.json', () => console.log('config changed')); // expect: unclosed-watcher
