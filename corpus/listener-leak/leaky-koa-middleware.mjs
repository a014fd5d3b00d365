// Koa middleware runs per request; the database client is module-level.
import Koa from 'koa';
import { db } from './db.mjs';

const app = new Koa();

app.use(async (ctx, next) => {
  db.on('error', (err) => ctx.app.emit('error', err, ctx)); // expect: listener-leak
  await next();
});

export default app;
