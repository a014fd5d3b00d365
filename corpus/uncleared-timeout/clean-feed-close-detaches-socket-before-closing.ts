// close() takes the socket's own listeners off before it closes it, and clears a pending
// reconnect: the 'close' that follows has nobody left to reconnect.
import { EventEmitter } from 'node:events';
import WebSocket from 'ws';

export class PriceFeed extends EventEmitter {
  private ws!: WebSocket;
  private retries = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly url: string) {
    super();
    this.open();
  }

  private open(): void {
    const ws = new WebSocket(this.url);
    this.ws = ws;
    ws.on('message', (data) => this.emit('price', JSON.parse(String(data))));
    ws.on('close', () => this.later());
  }

  private later(): void {
    const wait = Math.min(1000 * 2 ** this.retries++, 30_000);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.open();
    }, wait);
  }

  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.ws.removeAllListeners('close');
    this.ws.close(1000);
  }
}
