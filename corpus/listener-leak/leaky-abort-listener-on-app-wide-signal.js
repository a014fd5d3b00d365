// The same helper, handed the process's shutdown signal by every request: each waiter's
// abort listener stays on that signal until shutdown.
const http = require('http');

const shutdown = new AbortController();
process.once('SIGTERM', () => shutdown.abort());

let busy = false;
const queue = [];

function acquire(signal) {
  if (!busy) {
    busy = true;
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const waiter = { resolve };
    queue.push(waiter);
    signal.addEventListener('abort', () => {
      const at = queue.indexOf(waiter);
      if (at !== -1) queue.splice(at, 1);
      reject(new Error('aborted'));
    }, { once: true });
  });
}

function release() {
  const next = queue.shift();
  if (next) next.resolve();
  else busy = false;
}

http.createServer(async (req, res) => {
  try {
    await acquire(shutdown.signal); // expect: listener-leak
  } catch {
    return;
  }
  try {
    res.end('ok');
  } finally {
    release();
  }
}).listen(8080);
