// The same map keyed by an origin built from the header itself: every region a client makes up
// adds an agent for good.
const http = require('http');
const { Agent } = require('undici');

const agents = new Map(); // expect: unbounded-collection

function agentFor(origin) {
  if (!agents.has(origin)) agents.set(origin, new Agent({ connections: 16 }));
  return agents.get(origin);
}

http.createServer((req, res) => {
  const origin = `https://${req.headers['x-region'] || 'eu-west'}.inventory.internal`;
  agentFor(origin);
  res.end(origin);
}).listen(4901);
