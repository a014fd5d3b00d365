// One socket to the quote feed; a dropped connection is opened again after a pause.
export class QuoteFeed {
  private socket?: WebSocket;
  private retry?: ReturnType<typeof setTimeout>;
  private stopped = false;

  constructor(private readonly url: string) {}

  connect(): void {
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onclose = () => {
      if (!this.stopped) this.retry = setTimeout(() => this.connect(), 2_000);
    };
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.socket?.close();
  }
}
