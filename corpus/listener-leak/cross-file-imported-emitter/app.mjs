// Each event-stream request hands the imported emitter to the helper, which adds a listener
// that keeps the request's stream for good; the second route ends its listener with the request.
import Koa from 'koa';
import { PassThrough } from 'node:stream';
import { topics, subscribe as onTopic, follow } from './topics.mjs';

const app = new Koa();

app.use(async (ctx) => {
  const stream = new PassThrough();
  ctx.type = 'text/event-stream';
  ctx.body = stream;
  if (ctx.path === '/news') {
    onTopic(topics, 'news', (item) => stream.write(`data: ${JSON.stringify(item)}\n\n`)); // expect: listener-leak
    return;
  }
  const stop = follow(topics, 'sports', (item) => stream.write(`data: ${JSON.stringify(item)}\n\n`));
  ctx.req.on('close', stop);
});

app.listen(3000);
