// A property of a global object lives as long as the process.
import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  (globalThis as any).currentRequest = ctx; // expect: request-capture
  await next();
});
