// A job queue holds a closure over the koa context until the job runs.
import Koa from 'koa';
import PQueue from 'p-queue';

const app = new Koa();
const mailQueue = new PQueue({ concurrency: 1 });

app.use(async (ctx, next) => {
  await next();
  if (ctx.status === 201) {
    mailQueue.add(async () => { // expect: request-capture
      await sendWelcome(ctx.state.user.email, ctx.request.body);
    });
  }
});

async function sendWelcome(to, body) {
  return { to, body };
}
