import Router from '@koa/router';
import { runLater } from './jobs';

export const router = new Router();

router.post('/signup', async (ctx) => {
  const account = { id: Date.now(), email: String((ctx.request.body as { email?: string }).email) };
  runLater('welcome', async () => { // expect: request-capture
    await welcome(account.email, ctx.get('accept-language'), ctx.state.referrer);
  });
  ctx.status = 201;
});

async function welcome(email: string, language: string, referrer: unknown): Promise<void> {
  console.log(email, language, referrer);
}
