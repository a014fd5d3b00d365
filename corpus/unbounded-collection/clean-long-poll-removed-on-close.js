// The same long polling, with the waiter removed when its client goes away.
const http = require('http');

const waiters = new Set();

function wait(inbox, req, res) {
  const waiter = { inbox, res, since: Date.now() };
  waiters.add(waiter);
  req.on('close', () => waiters.delete(waiter));
}

function deliver(inbox, message) {
  for (const waiter of waiters) {
    if (waiter.inbox !== inbox) continue;
    waiter.res.end(JSON.stringify(message));
    waiters.delete(waiter);
  }
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const inbox = url.searchParams.get('inbox');
  if (url.pathname === '/wait' && inbox) {
    wait(inbox, req, res);
    return;
  }
  if (url.pathname === '/send') {
    deliver(inbox, { text: url.searchParams.get('text') });
  }
  res.end();
}).listen(8010);
