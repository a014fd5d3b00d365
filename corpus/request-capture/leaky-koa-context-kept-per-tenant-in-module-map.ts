// The last context of each tenant is kept so that a background refresh can reuse its headers:
// the whole request stays alive, one per tenant and then per tenant id a client invents.
import Koa from 'koa';

const lastContext = new Map<string, Koa.Context>();

export const app = new Koa();
app.use(async (ctx, next) => {
  const tenant = ctx.get('x-tenant-id');
  lastContext.set(tenant, ctx); // expect: request-capture
  await next();
});

export function refreshHeadersFor(tenant: string): Record<string, string> | undefined {
  const ctx = lastContext.get(tenant);
  return ctx ? { authorization: ctx.get('authorization') } : undefined;
}
