// The same spans, ended on 'close', which every response emits, finished or abandoned.
class Span {
  static open = new Set();

  constructor(req) {
    this.req = req;
    this.started = Date.now();
    Span.open.add(this);
  }

  end(status) {
    this.status = status;
    Span.open.delete(this);
  }
}

function tracing() {
  return function traceRequest(req, res, next) {
    const span = new Span(req);
    res.once('close', () => span.end(res.statusCode));
    next();
  };
}

module.exports = { tracing, Span };
