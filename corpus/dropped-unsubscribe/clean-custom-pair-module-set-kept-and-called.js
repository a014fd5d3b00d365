// The same hand-written subscription, with the remover kept and called when the client leaves.
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
    const stop = onDeploy((release) => res.write(`data: ${JSON.stringify(release)}\n\n`));
    req.on('close', stop);
    return;
  }
  if (req.method === 'POST') announce({ at: Date.now() });
  res.end();
}).listen(8080);
