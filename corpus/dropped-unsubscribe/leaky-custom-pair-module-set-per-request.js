// A hand-written subscription: the function adds the callback to a module-level Set and
// hands back the only way to take it out. The SSE route drops it on every request.
const http = require('http');

const watchers = new Set();

function onDeploy(callback) {
  watchers.add(callback);
  return () => watchers.delete(callback);
}

function announce(release) {
  for (const callback of watchers) callback(release);
}

http.createServer((req, res) => {
  if (req.url === '/deploys') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    onDeploy((release) => res.write(`data: ${JSON.stringify(release)}\n\n`)); // expect: dropped-unsubscribe
    return;
  }
  if (req.method === 'POST') announce({ at: Date.now() });
  res.end();
}).listen(8080);
