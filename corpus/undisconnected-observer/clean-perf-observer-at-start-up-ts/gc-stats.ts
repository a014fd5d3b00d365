// One observer for the life of the process, made when the module loads; requests only read what
// it has gathered.
import { PerformanceObserver } from 'perf_hooks';
import Fastify from 'fastify';

const recent: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    recent.push(entry.duration);
    if (recent.length > 500) recent.shift();
  }
});
observer.observe({ entryTypes: ['gc'] });

const app = Fastify();
app.get('/gc', async () => ({ pauses: recent.length, worst: Math.max(0, ...recent) }));
app.listen({ port: 3002 });
