// The pool map is keyed by an origin read from a constant table of three regions (an unknown
// region is turned away first), so it holds three pools at most.
import http from 'node:http';
import { Agent } from 'undici';

const REGION_ORIGINS: Record<string, string> = {
  'eu-west': 'https://eu-west.inventory.internal',
  'us-east': 'https://us-east.inventory.internal',
  'ap-south': 'https://ap-south.inventory.internal',
};

const agents = new Map<string, Agent>();

function agentFor(origin: string): Agent {
  let agent = agents.get(origin);
  if (!agent) {
    agent = new Agent({ connections: 16 });
    agents.set(origin, agent);
  }
  return agent;
}

http.createServer((req, res) => {
  const origin = REGION_ORIGINS[String(req.headers['x-region'] ?? 'eu-west')];
  if (!origin) {
    res.writeHead(400).end();
    return;
  }
  agentFor(origin);
  res.end(origin);
}).listen(4900);
