// The scheduling helper hands back its timer; the feed keeps it and `close()` clears it.
import WebSocket from 'ws';
import { EventEmitter } from 'node:events';

function retryLater(task: () => void, delayMs: number): NodeJS.Timeout {
  return setTimeout(task, delayMs);
}

export class PriceFeed extends EventEmitter {
  private socket?: WebSocket;
  private retry?: NodeJS.Timeout;

  constructor(private readonly url: string) {
    super();
  }

  connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on('message', (data) => this.emit('tick', JSON.parse(String(data))));
    socket.on('close', () => {
      this.retry = retryLater(() => this.connect(), 1000);
    });
  }

  close(): void {
    clearTimeout(this.retry);
    this.retry = undefined;
    const socket = this.socket;
    this.socket = undefined;
    socket?.removeAllListeners('close');
    socket?.close();
  }
}
