// ctx.app is the Koa application itself: a listener added to it by every request stays for
// the life of the server, each one holding its request's context.
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  const started = Date.now();
  ctx.app.on('error', (err: Error, failed?: Koa.Context) => { // expect: listener-leak
    if (failed === ctx) console.error(`${ctx.method} ${ctx.path} failed after ${Date.now() - started}ms`, err);
  });
  await next();
});

export default app;
