// Jobs wait in a queue that a worker empties: the context is held only until its job runs.
import Koa from 'koa';

const app = new Koa();
const pending = [];

app.use(async (ctx, next) => {
  await next();
  pending.push(() => console.log(ctx.status, ctx.path));
});

setInterval(() => {
  const job = pending.shift();
  if (job) job();
}, 50).unref();
