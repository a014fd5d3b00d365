// `follow()` pipes the module's event stream into a filter it makes and hands back; the
// connection handler drops it, so the module stream keeps one more filter per connection.
const { PassThrough, Transform } = require("stream");
const { WebSocketServer } = require("ws");

const events = new PassThrough({ objectMode: true });

class KindFilter extends Transform {
  constructor(kind) {
    super({ objectMode: true });
    this.kind = kind;
  }

  _transform(event, _enc, done) {
    if (event.kind === this.kind) this.push(JSON.stringify(event));
    done();
  }
}

function follow(ws, kind) {
  const filter = new KindFilter(kind);
  events.pipe(filter);
  filter.on("data", (line) => ws.send(line));
  return filter;
}

const wss = new WebSocketServer({ port: 8093 });
wss.on("connection", (ws) => {
  follow(ws, "order"); // expect: unended-stream
});

module.exports = { events };
