// A named flush, run every five seconds, writes the queued audit thunks; each keeps the whole
// Koa context it closes over until then.
import Koa from 'koa';

const app = new Koa();
const queued: Array<() => Promise<void>> = [];

async function flushAudits(): Promise<void> {
  const due = queued.splice(0, queued.length);
  for (const write of due) await write();
}

setInterval(flushAudits, 5_000).unref();

app.use(async (ctx) => {
  queued.push(async () => console.log(ctx.state.user?.id, ctx.ip, ctx.path)); // expect: request-capture
  ctx.status = 204;
});

app.listen(3000);
