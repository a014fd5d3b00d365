// A market-data feed over ws that reconnects on close; each connection starts its ping
// interval when it opens, over the previous connection's, which keeps pinging a dead socket.
import WebSocket from 'ws';

export class Feed {
  private socket?: WebSocket;
  private ping?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly url: string) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  private connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on('open', () => {
      this.ping = setInterval(() => socket.ping(), 15_000); // expect: uncleared-interval
    });
    socket.on('close', () => {
      if (!this.stopped) this.retry = setTimeout(() => this.connect(), 2_000);
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.ping);
    this.socket?.close();
  }
}
