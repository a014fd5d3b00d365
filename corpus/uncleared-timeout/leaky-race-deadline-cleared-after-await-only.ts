// A Koa route: the deadline's handle is cleared on the line after the awaited race, which a
// failed upstream call never reaches.
import Router from '@koa/router';

export const router = new Router();

router.get('/stock/:sku', async (ctx) => {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`stock for ${ctx.params.sku} too slow`)), 15_000); // expect: uncleared-timeout
  });
  const level = await Promise.race([stockLevel(ctx.params.sku), tooSlow]);
  clearTimeout(timer);
  ctx.body = { sku: ctx.params.sku, level };
});

async function stockLevel(sku: string): Promise<number> {
  return sku.length;
}
