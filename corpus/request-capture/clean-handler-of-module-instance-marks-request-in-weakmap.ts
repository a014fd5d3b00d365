// A WeakMap class field keyed by each context: the module's one tracker keeps no context alive.
import type { Context, Middleware, Next } from 'koa';

class ContextTiming {
  private readonly started = new WeakMap<Context, number>();

  middleware(): Middleware {
    return async (ctx: Context, next: Next) => {
      this.started.set(ctx, Date.now());
      await next();
      ctx.set('x-response-time', `${Date.now() - (this.started.get(ctx) ?? Date.now())}ms`);
    };
  }
}

export const timing = new ContextTiming();
