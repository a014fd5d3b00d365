// A helper registers the middleware's closure on a module-level emitter, and the middleware
// takes it off again in `finally`: the same removal listener-leak honours.
const Koa = require('koa');
const { EventEmitter } = require('events');

const renderer = new EventEmitter();

function onFragment(source, fn) {
  source.on('fragment', fn);
}

const app = new Koa();

app.use(async (ctx, next) => {
  const fragments = [];
  const collect = (name) => {
    fragments.push(`${ctx.path}:${name}`);
  };
  onFragment(renderer, collect);
  try {
    await next();
  } finally {
    renderer.off('fragment', collect);
  }
  ctx.set('X-Fragments', String(fragments.length));
});

app.listen(3000);
