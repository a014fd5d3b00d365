import Koa from 'koa';
import Router from '@koa/router';
import { PassThrough } from 'node:stream';
import { abortOnShutdown } from './draining';

const app = new Koa();
const router = new Router();

// Every export leaves a 'shutdown' listener on the app, holding its controller, until the
// process stops: the route drops the function that takes it off.
router.get('/exports/:id.csv', (ctx) => {
  const controller = new AbortController();
  abortOnShutdown(ctx.app, (reason) => controller.abort(reason)); // expect: listener-leak
  const body = new PassThrough();
  ctx.body = body;
  body.end(`id\n${ctx.params.id}\n`);
});

app.use(router.routes());
process.once('SIGTERM', () => app.emit('shutdown'));
app.listen(8095);
