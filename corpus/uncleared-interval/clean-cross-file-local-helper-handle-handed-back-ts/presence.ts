import type { Response } from 'express';

const KEEPALIVE_MS = 15_000;

interface Viewer {
  room: string;
  joinedAt: number;
}

const viewers = new WeakMap<Response, Viewer>();

function keepStreamWarm(res: Response): NodeJS.Timeout {
  return setInterval(() => {
    res.write(': keep-alive\n\n');
  }, KEEPALIVE_MS);
}

export function attachViewer(res: Response, room: string): NodeJS.Timeout {
  const viewer = { room, joinedAt: Date.now() };
  viewers.set(res, viewer);
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
  return keepStreamWarm(res);
}
