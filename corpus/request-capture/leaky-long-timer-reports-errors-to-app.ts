// A reminder a day later keeps the whole Koa context for that day; reporting a failure to the
// application (`ctx.app.emit`) is not finishing this request's answer.
import Koa from 'koa';
import Router from '@koa/router';

const app = new Koa();
const router = new Router();

async function remind(cartId: string): Promise<void> {
  await fetch(`http://mailer.internal/remind/${cartId}`, { method: 'POST' });
}

router.post('/carts/:id/abandon', async (ctx) => {
  setTimeout(() => { // expect: request-capture
    remind(ctx.params.id).catch((err) => ctx.app.emit('error', err, ctx));
  }, 24 * 60 * 60 * 1000);
  ctx.status = 202;
});

app.use(router.routes());
app.listen(4400);
