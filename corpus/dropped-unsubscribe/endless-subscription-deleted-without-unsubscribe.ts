import { timer, type Subscription } from 'rxjs';
import { switchMap } from 'rxjs/operators';
import type { WebSocket, WebSocketServer } from 'ws';

// Streams queue depth to each dashboard socket. Closing a socket drops its entry, and the
// subscription in it polls on for good.
export class QueueDepthFeed {
  private readonly feeds = new Map<WebSocket, Subscription>();

  constructor(wss: WebSocketServer, private readonly depth: () => Promise<number>) {
    wss.on('connection', (ws) => this.open(ws));
  }

  private open(ws: WebSocket): void {
    const feed = timer(0, 5_000)
      .pipe(switchMap(() => this.depth()))
      .subscribe((n) => ws.send(JSON.stringify({ depth: n }))); // expect: dropped-unsubscribe
    this.feeds.set(ws, feed);
    ws.on('close', () => this.feeds.delete(ws));
  }
}
