// Every reconnect makes a new stream (from `this.streamFactory`, a name that starts like the
// field) before listening on it: the listeners go on the new stream, not on one that lives on.
import { EventEmitter } from 'node:events';

export class Connection {
  private stream?: EventEmitter;
  private retry?: NodeJS.Timeout;

  constructor(private readonly streamFactory: () => EventEmitter) {}

  connect(): void {
    this.stream = this.streamFactory();
    this.stream.on('error', () => this.scheduleReconnect());
  }

  private reconnect(): void {
    this.connect();
  }

  private scheduleReconnect(): void {
    if (this.retry) return;
    this.retry = setInterval(() => this.reconnect(), 1000);
  }

  close(): void {
    clearInterval(this.retry);
    this.retry = undefined;
  }
}
