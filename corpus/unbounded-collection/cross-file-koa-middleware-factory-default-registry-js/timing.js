// A Koa middleware factory: the middleware it returns runs for every request, and each run
// leaves a record holding that request's response in the hooks module's registry.
const { hook } = require('./hooks');

function responseTime() {
  return async function responseTimeMiddleware(ctx, next) {
    const started = Date.now();
    hook(ctx.res, 'writeHead', (writeHead) => function (...args) { // expect: unbounded-collection
      this.setHeader('X-Response-Time', `${Date.now() - started}ms`);
      return writeHead.apply(this, args);
    });
    await next();
  };
}

module.exports = { responseTime };
