// The helper listens for the abort of the signal it is handed, and its only caller hands it
// the signal of a controller made for that request: the listener ends with the request.
const http = require('http');

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
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  try {
    await acquire(controller.signal);
  } catch {
    return;
  }
  try {
    res.end('ok');
  } finally {
    release();
  }
}).listen(8080);
