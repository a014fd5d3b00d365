// The twin: only the header string is kept per tenant, never the request, and only for the
// tenants the service was configured with.
'use strict';
const Koa = require('koa');

const TENANTS = new Set(['north', 'south', 'east']);
const lastAuthorization = new Map();

const app = new Koa();
app.use(async (ctx, next) => {
  const tenant = ctx.get('x-tenant-id');
  if (TENANTS.has(tenant)) lastAuthorization.set(tenant, ctx.get('authorization'));
  await next();
});

function refreshHeadersFor(tenant) {
  const authorization = lastAuthorization.get(tenant);
  return authorization ? { authorization } : undefined;
}

module.exports = { app, refreshHeadersFor };
