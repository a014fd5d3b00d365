// `withFlags()` subscribes to the module's flag stream and hands back the subscription; each
// request drops it, so the subject keeps one subscriber, and its reply, per request served.
import Fastify from 'fastify';
import { BehaviorSubject } from 'rxjs';

const flags$ = new BehaviorSubject({ beta: false });

function withFlags(fn) {
  return flags$.subscribe(fn);
}

const app = Fastify();

app.get('/flags/:name', (request, reply) => {
  withFlags((flags) => { // expect: dropped-unsubscribe
    if (!reply.sent) reply.send({ enabled: Boolean(flags[request.params.name]) });
  });
});

app.post('/flags', async (request) => {
  flags$.next(request.body);
  return { ok: true };
});

await app.listen({ port: 3000 });
