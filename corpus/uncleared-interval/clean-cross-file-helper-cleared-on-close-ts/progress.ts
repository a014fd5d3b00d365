// Writes a progress line to a streaming response until its caller clears the returned timer.
import type { ServerResponse } from 'node:http';

export function startProgress(res: ServerResponse, everyMs = 1000): NodeJS.Timeout {
  let percent = 0;
  return setInterval(() => {
    percent = Math.min(100, percent + 10);
    res.write(`progress ${percent}\n`);
  }, everyMs);
}
