// Every span adds itself to the class's set of open spans and leaves it in end(); the
// middleware ends it on 'finish', which a request the client abandons never emits.
class Span {
  static open = new Set(); // expect: unbounded-collection

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
    res.once('finish', () => span.end(res.statusCode));
    next();
  };
}

module.exports = { tracing, Span };
