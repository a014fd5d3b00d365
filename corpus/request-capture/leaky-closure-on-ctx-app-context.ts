// A Koa middleware adds a getter to `ctx.app.context`, the prototype every later context is
// made from: the closure keeps the current request's context alive for as long as the app.
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  ctx.app.context.requestedAt = () => ctx.state.startedAt; // expect: request-capture
  ctx.state.startedAt = Date.now();
  await next();
});

export default app;
