// The same per-region clients, in TypeScript: the stream takes its listener off the shared
// client when the response closes.
import express from 'express';
import { createClient, type BrokerClient, type Order } from './broker';

const REGIONS = new Set(['eu', 'us', 'apac']);
const clients = new Map<string, BrokerClient>();

function clientFor(region: string): BrokerClient {
  let client = clients.get(region);
  if (!client) {
    client = createClient({ region });
    clients.set(region, client);
  }
  return client;
}

export const app = express();

app.get('/orders/:region/stream', (req, res) => {
  if (!REGIONS.has(req.params.region)) return res.sendStatus(404);
  const client = clientFor(req.params.region);
  const onOrder = (order: Order) => res.write(`data: ${JSON.stringify(order)}\n\n`);
  client.on('order', onOrder);
  res.on('close', () => client.off('order', onOrder));
});
