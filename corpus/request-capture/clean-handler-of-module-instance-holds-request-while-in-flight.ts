// The module's one tracker keeps each context only until its response is done.
import Koa, { type Context, type Middleware, type Next } from 'koa';

export class InflightTracker {
  private readonly inflight = new Map<number, Context>();
  private nextId = 0;

  middleware(): Middleware {
    return async (ctx: Context, next: Next) => {
      const id = ++this.nextId;
      this.inflight.set(id, ctx);
      try {
        await next();
      } finally {
        this.inflight.delete(id);
      }
    };
  }

  count(): number {
    return this.inflight.size;
  }
}

export const inflight = new InflightTracker();

const app = new Koa();
app.use(inflight.middleware());
app.listen(3000);
