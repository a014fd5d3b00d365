// A reconnect loop that clears the running keep-alive before it starts the next: one
// interval at a time, whatever the number of reconnects.
import { EventEmitter } from 'events';
import WebSocket from 'ws';

export class FeedClient extends EventEmitter {
  private socket?: WebSocket;
  private keepAlive?: NodeJS.Timeout;

  connect(url: string): void {
    clearInterval(this.keepAlive);
    this.socket = new WebSocket(url);
    this.keepAlive = setInterval(() => this.socket?.ping(), 30_000);
    this.socket.on('close', () => this.connect(url));
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.socket?.removeAllListeners('close');
    this.socket?.close();
  }
}
