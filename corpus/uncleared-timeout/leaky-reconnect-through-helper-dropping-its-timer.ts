// A price feed reconnects through a small scheduling helper that drops the timer it starts:
// `close()` cannot cancel a reconnect already scheduled, which then opens a new socket.
import WebSocket from 'ws';
import { EventEmitter } from 'node:events';

function retryLater(task: () => void, delayMs: number): void {
  setTimeout(task, delayMs);
}

export class PriceFeed extends EventEmitter {
  private socket?: WebSocket;
  private attempts = 0;

  constructor(private readonly url: string) {
    super();
  }

  connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on('open', () => { this.attempts = 0; });
    socket.on('message', (data) => this.emit('tick', JSON.parse(String(data))));
    socket.on('close', () => {
      const delay = Math.min(30_000, 500 * 2 ** this.attempts++);
      retryLater(() => this.connect(), delay); // expect: uncleared-timeout
    });
  }

  close(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.removeAllListeners('close');
    socket?.close();
  }
}
