// The same middleware hands the hook a list of the request's own, undone when it closes.
const { hook, unhookAll } = require('./hooks');

function responseTime() {
  return async function responseTimeMiddleware(ctx, next) {
    const started = Date.now();
    const mine = [];
    hook(ctx.res, 'writeHead', (writeHead) => function (...args) {
      this.setHeader('X-Response-Time', `${Date.now() - started}ms`);
      return writeHead.apply(this, args);
    }, mine);
    ctx.res.once('close', () => unhookAll(mine));
    await next();
  };
}

module.exports = { responseTime };
