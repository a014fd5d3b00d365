// A helper that pipes and forwards the source's errors; the caller owns the ends.
import type { Readable, Writable } from "node:stream";

export function forward(source: Readable, target: Writable): Writable {
  source.on("error", (err) => target.destroy(err));
  return source.pipe(target);
}
