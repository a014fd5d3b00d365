import Router from '@koa/router';
import { runLater } from './jobs';

export const router = new Router();

router.post('/signup', async (ctx) => {
  const email = String((ctx.request.body as { email?: string }).email);
  const language = ctx.get('accept-language');
  runLater('welcome', async () => {
    await welcome(email, language);
  });
  ctx.status = 201;
});

async function welcome(email: string, language: string): Promise<void> {
  console.log(email, language);
}
