import type { WebSocket } from 'ws';
import { repeat } from './repeat';

// Pings a client every 20 s, and drops the handle that would stop it.
export function keepAlive(ws: WebSocket): void {
  repeat(20_000, () => ws.ping());
}
