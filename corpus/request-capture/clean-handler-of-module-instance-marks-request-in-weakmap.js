// The module's one timing helper marks each request in a WeakMap field, keyed by the request
// itself: the map never keeps a request alive once the server lets go of it.
const { performance } = require('node:perf_hooks');

class RequestTiming {
  constructor() {
    this.marks = new WeakMap();
  }

  middleware() {
    return (req, res, next) => {
      this.marks.set(req, { start: performance.now() });
      res.on('finish', () => this.report(req));
      next();
    };
  }

  report(req) {
    const mark = this.marks.get(req);
    if (mark) console.log(req.method, req.originalUrl, performance.now() - mark.start);
  }
}

module.exports = new RequestTiming();
