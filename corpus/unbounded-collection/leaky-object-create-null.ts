// A dictionary without a prototype, keyed by the signed-in user's id.
import Koa from 'koa';

const app = new Koa();
const lastSeen: Record<string, number> = Object.create(null); // expect: unbounded-collection

app.use(async (ctx, next) => {
  const userId = ctx.state.user.id;
  lastSeen[userId] = Date.now();
  await next();
});

export default app;
