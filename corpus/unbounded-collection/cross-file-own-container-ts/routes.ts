// Per request, both helpers add an entry to their module's containers; the audit made while
// starting up happens once.
import Fastify from 'fastify';
import { audit, RequestLog } from './audit';

const app = Fastify();

audit('system');

app.get('/items/:id', async (request) => {
  RequestLog.add(request.url); // expect: unbounded-collection
  audit(String(request.headers['x-user'])); // expect: unbounded-collection
  return { recent: RequestLog.recent(5) };
});

app.listen({ port: 3000 });
