// A quotes client per dashboard session. Its socket's 'close' always schedules a reconnect,
// and `close()` only closes the socket: the 'close' that follows reconnects the client the
// session meant to stop, so every session leaves a client reconnecting for good.
import WebSocket from "ws";
import { EventEmitter } from "node:events";

export class QuotesClient extends EventEmitter {
  private socket?: WebSocket;
  private attempt = 0;
  private retry?: NodeJS.Timeout;

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
    socket.on("close", () => this.reconnectLater());
  }

  close(): void {
    this.socket?.close(1000, "bye");
  }

  private reconnectLater(): void {
    const delay = Math.min(30_000, 250 * 2 ** this.attempt++);
    this.retry = setTimeout(() => this.connect(), delay); // expect: uncleared-timeout
  }
}
