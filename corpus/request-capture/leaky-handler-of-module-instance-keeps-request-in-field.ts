// A Koa presence tracker: the module's one instance hands out a middleware that keeps every
// signed-in user's latest context in a class field, for as long as the module lives.
import Koa, { type Context, type Middleware, type Next } from 'koa';

export class PresenceTracker {
  private readonly latest = new Map<string, Context>();

  middleware(): Middleware {
    return async (ctx: Context, next: Next) => {
      await next();
      const user = ctx.state.user as { id: string } | undefined;
      if (user) {
        this.latest.set(user.id, ctx); // expect: request-capture
      }
    };
  }

  online(): string[] {
    return [...this.latest.keys()];
  }
}

export const presence = new PresenceTracker();

const app = new Koa();
app.use(presence.middleware());
app.listen(3000);
