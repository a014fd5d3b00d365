// The same client, which remembers that it was closed on purpose: its 'close' listener
// reconnects only a client nobody closed, and `close()` clears a reconnect already pending.
import WebSocket from "ws";
import { EventEmitter } from "node:events";

export class QuotesClient extends EventEmitter {
  private socket?: WebSocket;
  private attempt = 0;
  private retry?: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly url: string) {
    super();
  }

  connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.on("open", () => {
      this.attempt = 0;
      this.emit("ready");
    });
    socket.on("message", (data) => this.emit("quote", JSON.parse(String(data))));
    socket.on("close", () => {
      if (!this.closed) this.reconnectLater();
    });
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.socket?.close(1000, "bye");
  }

  private reconnectLater(): void {
    const delay = Math.min(30_000, 250 * 2 ** this.attempt++);
    this.retry = setTimeout(() => this.connect(), delay);
  }
}
