// A log-tail endpoint streams a rotated log with `pipeline`, which destroys the file stream
// whichever side ends first, a client that disconnects halfway included.
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream";
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
  pipeline(stream, res, () => undefined);
}
