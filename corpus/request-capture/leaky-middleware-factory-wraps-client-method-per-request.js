// A middleware factory (the middleware is recognised by its `(req, res, next)` signature)
// that patches the shared cache client on every request: each patch wraps the one before
// and captures the request, so the client ends up holding all of them.
function patchMethod(target, name, makePatch) {
  const previous = target[name];
  target[name] = makePatch(previous);
}

function cacheTracing(cache) {
  return function cacheTracingMiddleware(req, res, next) {
    patchMethod(cache, 'get', (previous) => function traced(key) { // expect: request-capture
      console.debug(`[${req.id}] cache get ${key}`);
      return previous.call(this, key);
    });
    next();
  };
}

module.exports = { cacheTracing };
