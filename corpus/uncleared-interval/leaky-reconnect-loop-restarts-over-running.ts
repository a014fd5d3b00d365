// `connect()` reconnects from its own socket's 'close' listener, and each run starts a new
// keep-alive interval over the handle of the one already running: after every reconnect
// one more interval pings forever, and `close()` can clear only the last.
import { EventEmitter } from 'events';
import WebSocket from 'ws';

export class FeedClient extends EventEmitter {
  private socket?: WebSocket;
  private keepAlive?: NodeJS.Timeout;

  connect(url: string): void {
    this.socket = new WebSocket(url);
    this.keepAlive = setInterval(() => this.socket?.ping(), 30_000); // expect: uncleared-interval
    this.socket.on('message', (data) => this.emit('data', data));
    this.socket.on('close', () => this.connect(url));
  }

  close(): void {
    clearInterval(this.keepAlive);
    this.socket?.removeAllListeners('close');
    this.socket?.close();
  }
}
