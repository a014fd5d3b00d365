// The same helper takes only the current value, so each subscription ends as soon as it has
// answered.
import Fastify from 'fastify';
import { BehaviorSubject, take } from 'rxjs';

const flags$ = new BehaviorSubject({ beta: false });

function withFlags(fn) {
  return flags$.pipe(take(1)).subscribe(fn);
}

const app = Fastify();

app.get('/flags/:name', (request, reply) => {
  withFlags((flags) => {
    if (!reply.sent) reply.send({ enabled: Boolean(flags[request.params.name]) });
  });
});

app.post('/flags', async (request) => {
  flags$.next(request.body);
  return { ok: true };
});

await app.listen({ port: 3000 });
