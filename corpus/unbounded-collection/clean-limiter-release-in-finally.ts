// The same count, left in `finally`, whichever way the request ends.
import Koa from 'koa';

class InFlight {
  private readonly byClient = new Map<string, number>();

  enter(client: string): () => void {
    this.byClient.set(client, (this.byClient.get(client) ?? 0) + 1);
    return () => {
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
  }
}

const inFlight = new InFlight();
const app = new Koa();

app.use(async (ctx, next) => {
  const leave = inFlight.enter(ctx.get('x-client-id') || ctx.ip);
  try {
    await next();
  } finally {
    leave();
  }
});

app.listen(3091);
