// Koa's `Context` is a request: keeping the last one in a module variable keeps that request,
// its response and its socket alive until the next request replaces it.
import Koa, { Context } from 'koa';

export let lastContext: Context | null = null;

export function remember(ctx: Context): void {
  lastContext = ctx; // expect: request-capture
}

const app = new Koa();
app.use(async (ctx, next) => {
  remember(ctx);
  await next();
});
app.listen(3000);
