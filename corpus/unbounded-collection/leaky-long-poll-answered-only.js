// Long polling: each poll parks its response until a message for that inbox arrives. Only the
// sender's route removes waiters; a client that gives up first is never answered or removed.
const http = require('http');

const waiters = new Set(); // expect: unbounded-collection

function wait(inbox, req, res) {
  waiters.add({ inbox, res, since: Date.now() });
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
