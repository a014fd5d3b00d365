// Each admin connection's filter is unpiped from the feed and destroyed when it disconnects.
const { Transform } = require("stream");
const { WebSocketServer } = require("ws");
const { auditFeed } = require("./feed");

class ActorFilter extends Transform {
  constructor(actor) {
    super({ objectMode: true });
    this.actor = actor;
  }

  _transform(event, _enc, done) {
    if (event.actor === this.actor) this.push(JSON.stringify(event));
    done();
  }
}

const wss = new WebSocketServer({ port: 8087 });
wss.on("connection", (ws, req) => {
  const filter = new ActorFilter(new URL(req.url || "/", "http://x").searchParams.get("actor") || "");
  auditFeed.pipe(filter);
  filter.on("data", (line) => ws.send(line));
  ws.on("close", () => {
    auditFeed.unpipe(filter);
    filter.destroy();
  });
});
