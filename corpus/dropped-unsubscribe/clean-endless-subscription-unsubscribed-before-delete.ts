import { timer, type Subscription } from 'rxjs';
import { switchMap } from 'rxjs/operators';
import type { WebSocket, WebSocketServer } from 'ws';

// Streams queue depth to each dashboard socket; closing a socket ends its subscription.
export class QueueDepthFeed {
  private readonly feeds = new Map<WebSocket, Subscription>();

  constructor(wss: WebSocketServer, private readonly depth: () => Promise<number>) {
    wss.on('connection', (ws) => this.open(ws));
  }

  private open(ws: WebSocket): void {
    const feed = timer(0, 5_000)
      .pipe(switchMap(() => this.depth()))
      .subscribe((n) => ws.send(JSON.stringify({ depth: n })));
    this.feeds.set(ws, feed);
    ws.on('close', () => {
      this.feeds.get(ws)?.unsubscribe();
      this.feeds.delete(ws);
    });
  }
}
