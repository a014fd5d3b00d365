// Nothing is ever removed, but nothing is added past the limit either.
import http from 'node:http';

const MAX_SEEN = 1000;
const seenAgents = new Set<string>();

http.createServer((req, res) => {
  const agent = req.headers['user-agent'] ?? 'unknown';
  if (seenAgents.size < MAX_SEEN) {
    seenAgents.add(agent);
  }
  res.end(String(seenAgents.size));
}).listen(8090);
