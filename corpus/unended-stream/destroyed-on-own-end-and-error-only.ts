// A log-tail endpoint streams a rotated log and closes it when the read completes or fails;
// a client that disconnects halfway leaves the paused stream and its descriptor open.
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";

export function serveRotatedLog(_req: IncomingMessage, res: ServerResponse, file: string): void {
  const stream = createReadStream(file, { encoding: "utf8" });
  stream.on("end", () => {
    stream.close();
  });
  stream.on("error", () => {
    stream.destroy();
    res.statusCode = 500;
    res.end();
  });
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  stream.pipe(res); // expect: unended-stream
}
