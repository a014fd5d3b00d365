import Koa from 'koa';
import { markSeen, onlineCount } from './presence';

const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.state.user) markSeen(ctx.state.user.id, ctx); // expect: request-capture
  await next();
});

app.use(async (ctx) => {
  ctx.body = { online: onlineCount() };
});

app.listen(3000);
