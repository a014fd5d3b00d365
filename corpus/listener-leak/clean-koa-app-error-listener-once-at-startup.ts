// One 'error' listener on the application, added at start-up; each request only records
// its start time on its own context.
import Koa from 'koa';

const app = new Koa();

app.on('error', (err: Error, failed?: Koa.Context) => {
  if (failed) console.error(`${failed.method} ${failed.path} failed after ${Date.now() - failed.state.started}ms`, err);
});

app.use(async (ctx, next) => {
  ctx.state.started = Date.now();
  await next();
});

export default app;
