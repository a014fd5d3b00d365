// A koa middleware listens on the request itself, which ends with the request, not on the
// socket under it.
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx, next) => {
  ctx.req.on('close', () => console.log('request closed', ctx.path));
  await next();
});

app.listen(3000);
