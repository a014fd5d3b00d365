import Koa from 'koa';

// Who was seen lately, for a presence badge: only the fields the badge needs are kept, so the
// sweep that drops old entries holds no request in the meantime.
interface Seen {
  at: number;
  path: string;
}

const seen = new Map<string, Seen>();
const app = new Koa();

app.use(async (ctx, next) => {
  if (ctx.state.user) seen.set(ctx.state.user.id, { at: Date.now(), path: ctx.path });
  await next();
});

setInterval(() => {
  const cutoff = Date.now() - 5 * 60_000;
  for (const [id, entry] of seen) {
    if (entry.at < cutoff) seen.delete(id);
  }
}, 30_000).unref();

app.listen(3000);
