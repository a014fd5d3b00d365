// The watcher takes the request's own signal, aborted whenever the response closes (answered,
// timed out or abandoned), so closing it in its callback is only the early way out.
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';

export default async function flags(app: FastifyInstance): Promise<void> {
  app.get('/flags/wait', (request, reply) => {
    const done = new AbortController();
    reply.raw.on('close', () => done.abort());
    const watcher = fs.watch('/etc/flags.json', { signal: done.signal }, () => {
      watcher.close();
      reply.send(fs.readFileSync('/etc/flags.json', 'utf8'));
    });
    reply.raw.setTimeout(30_000, () => {
      if (!reply.sent) reply.code(304).send();
    });
  });
}
