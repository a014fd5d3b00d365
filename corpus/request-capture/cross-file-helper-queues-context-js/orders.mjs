import Router from '@koa/router';
import { notifyOrderPlaced } from './webhooks.mjs';

export const router = new Router();

router.post('/orders', async (ctx) => {
  notifyOrderPlaced(ctx); // expect: request-capture
  ctx.status = 201;
});
