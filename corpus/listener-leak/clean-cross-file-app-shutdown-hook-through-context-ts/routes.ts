import Koa from 'koa';
import Router from '@koa/router';
import { PassThrough } from 'node:stream';
import { abortOnShutdown } from './draining';

const app = new Koa();
const router = new Router();

// Each export takes its 'shutdown' listener off the app when its body closes, which Koa
// makes happen when the response finishes or the client goes away.
router.get('/exports/:id.csv', (ctx) => {
  const controller = new AbortController();
  const forget = abortOnShutdown(ctx.app, (reason) => controller.abort(reason));
  const body = new PassThrough();
  body.on('close', forget);
  ctx.body = body;
  body.end(`id\n${ctx.params.id}\n`);
});

app.use(router.routes());
process.once('SIGTERM', () => app.emit('shutdown'));
app.listen(8095);
