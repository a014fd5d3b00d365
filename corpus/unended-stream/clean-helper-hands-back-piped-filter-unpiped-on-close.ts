// The handler keeps what `follow()` hands back and unpipes and destroys it when the socket closes.
import { PassThrough, Transform, type TransformCallback } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";

export const events = new PassThrough({ objectMode: true });

class KindFilter extends Transform {
  constructor(private readonly kind: string) {
    super({ objectMode: true });
  }

  _transform(event: { kind: string }, _enc: BufferEncoding, done: TransformCallback): void {
    if (event.kind === this.kind) this.push(JSON.stringify(event));
    done();
  }
}

function follow(ws: WebSocket, kind: string): KindFilter {
  const filter = new KindFilter(kind);
  events.pipe(filter);
  filter.on("data", (line: string) => ws.send(line));
  return filter;
}

const wss = new WebSocketServer({ port: 8093 });
wss.on("connection", (ws: WebSocket) => {
  const filter = follow(ws, "order");
  ws.on("close", () => {
    events.unpipe(filter);
    filter.destroy();
  });
});
