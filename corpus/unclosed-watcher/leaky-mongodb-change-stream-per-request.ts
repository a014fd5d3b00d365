import type { FastifyInstance } from 'fastify';
import { MongoClient } from 'mongodb';

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost');
const tickets = client.db('support').collection('tickets');

export async function ticketFeed(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { queue: string } }>('/queues/:queue/feed', (request, reply) => {
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream' });
    const changes = tickets.watch([{ $match: { 'fullDocument.queue': request.params.queue } }]); // expect: unclosed-watcher
    changes.on('change', (change) => reply.raw.write(`data: ${JSON.stringify(change.documentKey)}\n\n`));
  });
}
