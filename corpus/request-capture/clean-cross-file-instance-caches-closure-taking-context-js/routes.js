const Router = require('@koa/router');
const mailer = require('./mailer');

const router = new Router();

router.post('/welcome', async (ctx) => {
  const render = mailer.templateFor('welcome');
  ctx.body = render({ name: ctx.request.body.name }, ctx);
});

module.exports = router;
