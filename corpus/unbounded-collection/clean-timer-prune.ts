// Entries expire: a timer deletes everything older than a minute.
import http from 'node:http';

const lastSeen = new Map<string, number>();

http.createServer((req, res) => {
  lastSeen.set(req.socket.remoteAddress ?? '', Date.now());
  res.end();
}).listen(8092);

setInterval(() => {
  const cutoff = Date.now() - 60_000;
  for (const [address, at] of lastSeen) {
    if (at < cutoff) lastSeen.delete(address);
  }
}, 10_000).unref();
