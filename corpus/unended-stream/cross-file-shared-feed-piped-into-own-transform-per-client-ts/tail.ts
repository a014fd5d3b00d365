// Each admin connection gets a filter piped from the shared feed; nothing unpipes it when the
// admin disconnects, so the feed keeps every filter (and the socket it writes to).
import { Transform, type TransformCallback } from "node:stream";
import { WebSocketServer } from "ws";
import { auditFeed } from "./feed";

class ActorFilter extends Transform {
  constructor(private readonly actor: string) {
    super({ objectMode: true });
  }

  _transform(event: { actor?: string }, _enc: BufferEncoding, done: TransformCallback): void {
    if (event.actor === this.actor) this.push(JSON.stringify(event));
    done();
  }
}

const wss = new WebSocketServer({ port: 8087 });
wss.on("connection", (ws, req) => {
  const filter = new ActorFilter(new URL(req.url ?? "/", "http://x").searchParams.get("actor") ?? "");
  auditFeed.pipe(filter); // expect: unended-stream
  filter.on("data", (line: string) => ws.send(line));
});
