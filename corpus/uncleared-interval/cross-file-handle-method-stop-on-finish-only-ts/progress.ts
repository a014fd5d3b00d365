// Writes a progress line to a streamed response every second until disposed.
import type { ServerResponse } from 'node:http';

export interface Progress {
  dispose(): void;
}

export function streamProgress(res: ServerResponse, read: () => number): Progress {
  const timer = setInterval(() => res.write(`${read()}%\n`), 1_000);
  return { dispose: () => clearInterval(timer) };
}
