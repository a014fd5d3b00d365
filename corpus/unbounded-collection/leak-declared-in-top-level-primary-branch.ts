import cluster from 'node:cluster';
import http from 'node:http';

if (cluster.isPrimary) {
  const waiting = new Map<number, (body: string) => void>(); // expect: unbounded-collection
  let next = 0;
  const worker = cluster.fork();

  worker.on('message', ({ id, body }: { id: number; body: string }) => {
    const done = waiting.get(id);
    if (!done) return;
    waiting.delete(id);
    done(body);
  });

  http.createServer((req, res) => {
    const id = next++;
    const timer = setTimeout(() => res.writeHead(504).end(), 2000);
    waiting.set(id, (body) => {
      clearTimeout(timer);
      res.end(body);
    });
    worker.send({ id, url: req.url });
  }).listen(3000);
} else {
  process.on('message', ({ id, url }: { id: number; url: string }) => process.send?.({ id, body: `rendered ${url}` }));
}
