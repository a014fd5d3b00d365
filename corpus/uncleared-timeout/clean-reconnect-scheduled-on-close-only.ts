import WebSocket from 'ws';

// 'error' is always followed by 'close': reconnect from 'close' alone.
export class TelemetryLink {
  private socket?: WebSocket;
  private backoff = 500;
  private timer?: NodeJS.Timeout;

  constructor(private readonly url: string) {}

  connect(): void {
    const socket = new WebSocket(this.url);
    socket.on('open', () => {
      this.backoff = 500;
    });
    socket.on('error', (err) => console.warn('telemetry link error: %s', err.message));
    socket.on('close', () => this.reconnect());
    this.socket = socket;
  }

  private reconnect(): void {
    this.timer = setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 30_000);
  }
}
