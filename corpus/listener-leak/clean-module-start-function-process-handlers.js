// A server's start-up module: `start.start()` is put on the module's exports and calls a
// helper that wires the process's signals. Other modules call `start()` once, when the program
// boots; a naive matcher sees `process.on(...)` in a function whose callers it cannot see.
'use strict';

const start = module.exports;

start.start = async function () {
  addProcessHandlers();
  await listen();
};

function addProcessHandlers() {
  ['SIGTERM', 'SIGINT'].forEach((signal) => {
    process.on(signal, () => shutdown(0));
  });
  process.on('uncaughtException', (err) => {
    console.error(err.stack);
    shutdown(1);
  });
}

function shutdown(code) {
  process.exit(code);
}

function listen() {
  return Promise.resolve();
}
