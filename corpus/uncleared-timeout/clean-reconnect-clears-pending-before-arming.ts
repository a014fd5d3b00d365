import { createConnection, type Socket } from 'node:net';

// A line-protocol link to the label printer; it reconnects on its own.
export class PrinterLink {
  private socket?: Socket;
  private backoff = 250;
  private retry?: NodeJS.Timeout;

  constructor(private readonly host: string, private readonly port: number) {}

  connect(): void {
    const socket = createConnection(this.port, this.host);
    socket.on('connect', () => {
      this.backoff = 250;
    });
    socket.on('error', () => this.later());
    socket.on('close', () => this.later());
    this.socket = socket;
  }

  print(label: string): void {
    this.socket?.write(`${label}\n`);
  }

  private later(): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.connect(), this.backoff);
    this.backoff = Math.min(this.backoff * 2, 30_000);
  }
}
